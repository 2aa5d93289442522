import { parisDateTime } from './dossier-cover.js';

export interface ReadmeCandidate {
  fileName: string;
  label: string;
  sandboxId: string;
  source: 'snapshot' | 'live';
  fingerprint: string;
}

export function readmeText(input: {
  sessionName: string;
  scenarioTitle: string;
  mode: 'exam' | 'training';
  generatedAt: Date;
  generatedBy: string;
  candidates: ReadmeCandidate[];
  checksAvailable: boolean;
  /** Whether marks.csv is in the archive. */
  marks: boolean;
}): string {
  const lines = [
    `Export de la session « ${input.sessionName} » — Comptoir`,
    `Scénario : ${input.scenarioTitle} (${input.mode === 'exam' ? 'examen' : 'entraînement'})`,
    `Généré le ${parisDateTime(input.generatedAt)} (heure de Paris) par ${input.generatedBy}.`,
    '',
    'Contenu',
    '- dossiers/ : un dossier PDF par candidat (couverture avec l’empreinte du fichier noté, sommaire,',
    '  productions imprimées telles quelles, e-mails envoyés, entrées CRM, contrôles du scénario,',
    '  journal d’activité et vérification de sa chaîne de hachage).',
    '- snapshots/<espace>.sqlite : le fichier SQLite noté de chaque candidat — l’instantané pris au',
    '  verrouillage, ou, si l’espace n’était pas verrouillé, une copie cohérente faite pendant l’export.',
    `- checks.csv : résultats des contrôles du scénario, une ligne par candidat et par contrôle${input.checksAvailable ? '' : ' (non disponibles : en-tête seul)'}.`,
    input.marks ? '- marks.csv : notes et commentaires du jury, une ligne par candidat, critère et membre du jury.' : '- marks.csv : absent, aucune note n’a été saisie.',
    '',
    'Les fichiers CSV sont en UTF-8 (avec BOM), séparateur « ; », virgule décimale.',
    'L’empreinte SHA-256 de chaque fichier .sqlite figure ci-dessous et sur la couverture du dossier :',
    '« sha256sum snapshots/<espace>.sqlite » doit donner la même valeur.',
    '',
    `Candidats (${input.candidates.length})`,
    ...input.candidates.map((c) => `- ${c.label} : dossiers/${c.fileName}.pdf, snapshots/${c.sandboxId}.sqlite (${c.source === 'snapshot' ? 'instantané de verrouillage' : 'copie de l’espace non verrouillé'}), SHA-256 ${c.fingerprint}`),
    '',
  ];
  return lines.join('\r\n');
}
