import { EXAM_CRITERIA, ExamCriterion, isExamCriterion } from '../checks/exam-criteria.js';

/**
 * A short French label for each evaluation criterion id (checks/exam-criteria.ts, the ids of
 * ../shared/reference/exam-criteria.md), for the jury's marking grid and the marks CSV. Marks accept
 * any of these ids, whatever the scenario's checks cite: a jury may grade beyond them. The ids are
 * compiled in rather than read from ../shared at run time, because a deployed server has no ../shared.
 */
export const CRITERION_LABELS: Record<ExamCriterion, string> = {
  'CNED-C1.1': 'Devis établi à partir des données client, produits et conditions négociées',
  'CNED-C1.2': 'Bon de commande, bon de livraison et facture conformes ; mode de transmission adapté',
  'CNED-C1.3': 'Délais de livraison tenables ; besoins de réapprovisionnement identifiés',
  'CNED-C1.4': 'Anomalies entre les documents détectées et corrigées',
  'CNED-C1.5': 'Information commerciale de premier niveau fiable (CRM, ERP, agenda)',
  'CNED-C1.6': 'Historique de la vente tracé dans le CRM ; RGPD respecté',
  'CNED-C2.1': 'Contacts entrants traités et orientés ; journal des contacts',
  'CNED-C2.3': "Relances adaptées à l'historique (sans réponse, impayés, pièces manquantes)",
  'CNED-C2.4': 'Réunion planifiée selon les agendas ; invitations complètes',
  'CNED-C2.6': 'Chiffres et graphiques extraits du système d’information',
  'CNED-C2.7': 'Choix du fournisseur argumenté ; bon de commande fournisseur',
  'CNED-C3.1': 'Fichier clients/prospects qualifié et segmenté ; données minimales (RGPD)',
  'CNED-C3.2': 'Besoins du prospect saisis fidèlement ; information sur l’usage des données',
  'CNED-C3.4': 'Campagne e-mail personnalisée et ciblée ; règles de la CNIL',
  'ASCOM-B1a': 'Bases clients, prospects, fournisseurs et stocks à jour',
  'ASCOM-B1b': 'Tableaux de bord : besoins, retards, paiements, stocks, conformité',
  'ASCOM-B1c': 'Documents de la chaîne commerciale saisis, édités et contrôlés',
  'ASCOM-B1d': 'Messages : relances, réclamations, échanges avec les services',
  'SC-2.1': 'Documents aux données et calculs exacts ; préalables de la commande vérifiés',
  'SC-2.2a': 'Type de facture adapté ; mentions obligatoires présentes',
  'SC-2.2b': 'Solvabilité du client vérifiée ; suivi des règlements',
  'SC-2.2c': 'Lettre de relance conforme au cadre légal (pénalités, échéances, démarches)',
  'SC-2.3': 'Réclamations traitées en français et en anglais',
  'SC-3.1': 'Calculs exacts et graphiques adaptés dans le reporting',
  'TP-CP1': 'Chaîne commerciale dans l’ERP, relevés, règlements ; fiche client CRM (RGPD)',
  'TP-CP2': 'Stocks contrôlés, réapprovisionnement dans les délais ; transporteurs informés',
  'TP-CP3': 'Relation client en français et en anglais ; délégation respectée ; CRM à jour',
  'TP-CP4': 'Encours client vérifié avant la commande ; procédure de recouvrement suivie',
  'TP-CP5': 'Actions de fidélisation adaptées à la cible ; RGPD',
  'TP-CP6': 'Données extraites de l’ERP/CRM conformes à l’objectif ; présentation cohérente',
  'TP-CP7': 'Action commerciale organisée : liste des tâches, planning, budget',
  'TP-CP8': 'Fiche contact salon remplie correctement (RGPD)',
  'MK-C26': 'Base de prospection segmentée à partir du CRM ; RGPD',
  'MK-C29': 'Proposition commerciale chiffrée adaptée aux besoins et au budget',
  'MK-C32': 'Suivi client ; sources d’insatisfaction identifiées',
};

export interface CriterionView {
  id: ExamCriterion;
  label: string;
}

/** Every criterion, in the reference table's order. */
export const CRITERIA: readonly CriterionView[] = EXAM_CRITERIA.map((id) => ({ id, label: CRITERION_LABELS[id] }));

export function criterionLabel(id: string): string | null {
  return isExamCriterion(id) ? CRITERION_LABELS[id] : null;
}

export { isExamCriterion };
