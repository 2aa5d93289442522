/**
 * Every coded error the API can return, with its HTTP status and the French message a candidate
 * reads. The admin may translate `app.errors.<CODE>`; the message is the fallback.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 422, message: 'Certains champs sont invalides : corrigez les zones signalées.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Identifiant ou mot de passe incorrect.' },
  UNAUTHENTICATED: { status: 401, message: 'Vous devez vous connecter.' },
  TOKEN_EXPIRED: { status: 401, message: 'Votre connexion a expiré : reconnectez-vous.' },
  LOGIN_THROTTLED: { status: 429, message: 'Trop de tentatives de connexion. Patientez quelques minutes puis réessayez.' },
  FORBIDDEN: { status: 403, message: "Vous n'avez pas accès à cette ressource." },
  READ_ONLY_ROLE: { status: 403, message: 'Votre rôle permet seulement la consultation.' },
  SESSION_ENDED: { status: 403, message: "Votre session d'examen est terminée : la connexion n'est plus possible." },
  SESSION_ARCHIVED: { status: 403, message: 'Cette session est archivée.' },
  SANDBOX_NOT_FOUND: { status: 404, message: 'Espace de travail introuvable.' },
  SANDBOX_ID_INVALID: { status: 404, message: 'Espace de travail introuvable.' },
  SANDBOX_LOCKED: { status: 423, message: "Votre espace est verrouillé : la session est terminée, aucune modification n'est possible." },
  SESSION_NOT_STARTED: { status: 423, message: "La session n'a pas encore commencé : vous pouvez consulter les données mais pas les modifier." },
  NOT_FOUND: { status: 404, message: 'Élément introuvable.' },
  SCENARIO_NOT_FOUND: { status: 422, message: 'Scénario inconnu.' },
  SESSION_NOT_FOUND: { status: 404, message: 'Session introuvable.' },
  CANDIDATE_NUMBER_DUPLICATE: { status: 422, message: 'Deux candidats ont le même numéro.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Opération non disponible.' },
  NOT_A_PROSPECT: { status: 409, message: "Ce tiers n'est pas un prospect : il ne peut pas être converti en client." },
  THIRD_PARTY_IN_USE: { status: 409, message: 'Ce tiers est utilisé (articles fournis, mouvements…) : il ne peut pas être supprimé.' },
  PRODUCT_IN_USE: { status: 409, message: "Cet article a des mouvements de stock : il ne peut pas être supprimé. Désactivez-le plutôt." },
  FAMILY_IN_USE: { status: 409, message: 'Cette famille contient des articles : elle ne peut pas être supprimée.' },
  STOCK_SERVICE_PRODUCT: { status: 422, message: "Un service n'a pas de stock." },
  STOCK_NEGATIVE: { status: 422, message: 'Le stock deviendrait négatif.' },
  STOCK_LEDGER_APPEND_ONLY: { status: 405, message: "Le journal des mouvements de stock ne se modifie pas : enregistrez un mouvement d'ajustement." },
  JOURNAL_APPEND_ONLY: { status: 405, message: "Le journal d'activité ne se modifie pas." },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Les données envoyées sont trop volumineuses.' },
  INTERNAL: { status: 500, message: 'Erreur interne du serveur. Réessayez ; si le problème persiste, prévenez le surveillant.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
