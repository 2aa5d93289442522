"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unitCode = unitCode;
/**
 * French units of measure → UN/ECE Recommendation 20 / 21 codes (BT-130). Unknown units fall back to
 * C62 ("one"), which every EN 16931 validator accepts.
 */
const UNIT_CODES = {
    piece: 'H87',
    pieces: 'H87',
    pce: 'H87',
    pc: 'H87',
    unite: 'C62',
    unites: 'C62',
    u: 'C62',
    heure: 'HUR',
    heures: 'HUR',
    h: 'HUR',
    jour: 'DAY',
    jours: 'DAY',
    j: 'DAY',
    mois: 'MON',
    forfait: 'LS',
    kg: 'KGM',
    kilogramme: 'KGM',
    g: 'GRM',
    gramme: 'GRM',
    l: 'LTR',
    litre: 'LTR',
    m: 'MTR',
    metre: 'MTR',
    m2: 'MTK',
    'm²': 'MTK',
    m3: 'MTQ',
    'm³': 'MTQ',
    lot: 'SET',
    ensemble: 'SET',
    kit: 'SET',
    paire: 'PR',
    ramette: 'RM',
    boite: 'XBX',
    carton: 'XCT',
    colis: 'XPK',
    paquet: 'XPA',
    pack: 'XPK',
    pochette: 'XPO',
    sachet: 'XBG',
};
function unitCode(unit) {
    const key = unit
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/\.$/, '')
        .trim();
    return UNIT_CODES[key] ?? UNIT_CODES[unit.toLowerCase().trim()] ?? 'C62';
}
//# sourceMappingURL=units.js.map