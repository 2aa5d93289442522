import {
  EU_COUNTRIES,
  frVatKey,
  frVatNumber,
  isEuCountry,
  isValidBic,
  isValidEmail,
  isValidIban,
  isValidPhone,
  isValidPostcode,
  isValidSiren,
  isValidSiret,
  isValidVatNumber,
  luhnValid,
  normalizeIban,
  normalizeSiren,
  normalizeSiret,
  normalizeVat,
  zoneOfCountry,
} from './identifiers.js';

describe('SIREN', () => {
  it('accepts numbers with a valid Luhn key', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('303265045')).toBe(true);
    expect(isValidSiren('732 829 320')).toBe(true);
  });

  it('refuses a wrong key, wrong lengths and non-digits', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
    expect(isValidSiren('')).toBe(false);
    expect(isValidSiren(732829320)).toBe(false);
    expect(isValidSiren(undefined)).toBe(false);
  });

  it("accepts La Poste's SIREN", () => {
    expect(isValidSiren('356000000')).toBe(true);
  });
});

describe('SIRET', () => {
  it('accepts a SIRET with a valid Luhn key', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
  });

  it('refuses a wrong key or length', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000745')).toBe(false);
  });

  it('applies the La Poste exception (digit sum multiple of 5)', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // head office, plain Luhn
    // 3+5+6+4+9+2+1 = 30: not Luhn-valid, valid for La Poste
    expect(luhnValid('35600000049021')).toBe(false);
    expect(isValidSiret('35600000049021')).toBe(true);
    expect(isValidSiret('35600000049022')).toBe(false);
    // the same digits outside La Poste are refused
    expect(isValidSiret('35600000149021')).toBe(false);
  });
});

describe('French VAT key', () => {
  it('computes (12 + 3 × (SIREN mod 97)) mod 97 on two digits', () => {
    expect(frVatKey('303265045')).toBe('40');
    expect(frVatKey('732829320')).toBe('44');
    expect(frVatKey(303265045)).toBe('40');
    expect(frVatNumber('303 265 045')).toBe('FR40303265045');
  });

  it('pads the key to two digits', () => {
    expect(frVatKey('000000001')).toBe('15'); // (12 + 3) % 97
    expect(frVatKey('000000095')).toBe('06'); // (12 + 285) % 97 = 297 % 97 = 6
  });
});

describe('VAT numbers', () => {
  it('accepts French numbers whose key matches the SIREN', () => {
    expect(isValidVatNumber('FR40303265045')).toBe(true);
    expect(isValidVatNumber('FR 40 303 265 045')).toBe(true);
    expect(isValidVatNumber('fr44732829320')).toBe(true);
  });

  it('refuses French numbers with a wrong key or SIREN', () => {
    expect(isValidVatNumber('FR41303265045')).toBe(false);
    expect(isValidVatNumber('FR40303265046')).toBe(false);
    expect(isValidVatNumber('FR4030326504')).toBe(false);
  });

  it('accepts alphanumeric French keys (no check possible) but not I or O', () => {
    expect(isValidVatNumber('FRK7399859412')).toBe(true);
    expect(isValidVatNumber('FRO7399859412')).toBe(false);
  });

  it('accepts the formats of the other member states', () => {
    expect(isValidVatNumber('BE0403170701')).toBe(true);
    expect(isValidVatNumber('BE1403170701')).toBe(true);
    expect(isValidVatNumber('BE2403170701')).toBe(false);
    expect(isValidVatNumber('DE129273398')).toBe(true);
    expect(isValidVatNumber('DE12927339')).toBe(false);
    expect(isValidVatNumber('IT00743110157')).toBe(true);
    expect(isValidVatNumber('ESA28015865')).toBe(true);
    expect(isValidVatNumber('ESB12345678')).toBe(true);
    expect(isValidVatNumber('NL004495445B01')).toBe(true);
    expect(isValidVatNumber('NL004495445A01')).toBe(false);
    expect(isValidVatNumber('LU15027442')).toBe(true);
    expect(isValidVatNumber('PT501964843')).toBe(true);
    expect(isValidVatNumber('IE6388047V')).toBe(true);
    expect(isValidVatNumber('IE3628739UA')).toBe(true);
    expect(isValidVatNumber('ATU13585627')).toBe(true);
    expect(isValidVatNumber('AT13585627')).toBe(false);
    expect(isValidVatNumber('EL094014201')).toBe(true);
    expect(isValidVatNumber('SE556703748501')).toBe(true);
  });

  it('accepts GB, CH and NO numbers for non-EU partners', () => {
    expect(isValidVatNumber('GB980780684')).toBe(true);
    expect(isValidVatNumber('CHE-116.281.710 MWST')).toBe(true);
    expect(isValidVatNumber('CHE116281710')).toBe(true);
    expect(isValidVatNumber('NO974760673MVA')).toBe(true);
  });

  it('refuses unknown prefixes and garbage', () => {
    expect(isValidVatNumber('US123456789')).toBe(false);
    expect(isValidVatNumber('123456789')).toBe(false);
    expect(isValidVatNumber('')).toBe(false);
    expect(isValidVatNumber(null)).toBe(false);
  });

  it('normalizes', () => {
    expect(normalizeVat(' fr 40 303.265-045 ')).toBe('FR40303265045');
    expect(normalizeSiren(' 732 829 320 ')).toBe('732829320');
    expect(normalizeSiret('732 829 320 00074')).toBe('73282932000074');
  });
});

describe('IBAN and BIC', () => {
  it('accepts a valid French IBAN with or without spaces', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(isValidIban('fr76 3000 6000 0112 3456 7890 189')).toBe(true);
  });

  it('refuses an IBAN with one digit changed', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('FR77 3000 6000 0112 3456 7890 189')).toBe(false);
  });

  it('checks the country length', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidIban('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(isValidIban('CH93 0076 2011 6238 5295 7')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false);
  });

  it('normalizes', () => {
    expect(normalizeIban('fr76 3000 6000')).toBe('FR7630006000');
  });

  it('validates BICs', () => {
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('BNPAFRPPXXX')).toBe(true);
    expect(isValidBic('AGRIFRPP878')).toBe(true);
    expect(isValidBic('BNPAFRP')).toBe(false);
    expect(isValidBic('BNP1FRPP')).toBe(false);
    expect(isValidBic('BNPAFRPPXX')).toBe(false);
  });
});

describe('e-mail', () => {
  it('accepts ordinary addresses', () => {
    expect(isValidEmail('jeanne.martin@bureau-plus.fr')).toBe(true);
    expect(isValidEmail('contact+devis@mairie-villeurbanne.fr')).toBe(true);
    expect(isValidEmail('a.b@sub.example.co.uk')).toBe(true);
  });

  it('refuses broken addresses', () => {
    expect(isValidEmail('jeanne.martin@')).toBe(false);
    expect(isValidEmail('jeanne martin@x.fr')).toBe(false);
    expect(isValidEmail('jeanne..martin@x.fr')).toBe(false);
    expect(isValidEmail('jeanne@x')).toBe(false);
    expect(isValidEmail('jeanne@-x.fr')).toBe(false);
    expect(isValidEmail('@x.fr')).toBe(false);
  });
});

describe('phone', () => {
  it('accepts French national and international notations', () => {
    expect(isValidPhone('04 78 12 34 56')).toBe(true);
    expect(isValidPhone('04.78.12.34.56')).toBe(true);
    expect(isValidPhone('04-78-12-34-56')).toBe(true);
    expect(isValidPhone('0612345678')).toBe(true);
    expect(isValidPhone('+33 4 78 12 34 56')).toBe(true);
    expect(isValidPhone('+33 (0)4 78 12 34 56')).toBe(true);
    expect(isValidPhone('0033 4 78 12 34 56')).toBe(true);
  });

  it('refuses malformed French numbers', () => {
    expect(isValidPhone('04 78 12 34 5')).toBe(false);
    expect(isValidPhone('00 78 12 34 56')).toBe(false);
    expect(isValidPhone('+33 4 78 12 34 5')).toBe(false);
    expect(isValidPhone('4 78 12 34 56')).toBe(false);
    expect(isValidPhone('04 78 12 34 56 ext 2')).toBe(false);
  });

  it('accepts international numbers of 8 to 15 digits', () => {
    expect(isValidPhone('+32 2 512 34 56')).toBe(true);
    expect(isValidPhone('+49 30 12345678')).toBe(true);
    expect(isValidPhone('+41 22 345 67 89', 'CH')).toBe(true);
    expect(isValidPhone('+44 20 7946 0958', 'GB')).toBe(true);
    expect(isValidPhone('+1234567')).toBe(false);
    expect(isValidPhone('+1234567890123456')).toBe(false);
  });

  it('accepts national notations of other countries when the country is given', () => {
    expect(isValidPhone('022 345 67 89', 'CH')).toBe(true);
    expect(isValidPhone('0041 22 345 67 89')).toBe(true);
    expect(isValidPhone('22 345 67 89', 'CH')).toBe(false);
  });
});

describe('postcode', () => {
  it('checks French postcodes', () => {
    expect(isValidPostcode('69007', 'FR')).toBe(true);
    expect(isValidPostcode('01000', 'FR')).toBe(true);
    expect(isValidPostcode('98000', 'MC')).toBe(true);
    expect(isValidPostcode('00100', 'FR')).toBe(false);
    expect(isValidPostcode('99000', 'FR')).toBe(false);
    expect(isValidPostcode('6900', 'FR')).toBe(false);
    expect(isValidPostcode('69 007', 'FR')).toBe(false);
  });

  it('checks the main foreign formats', () => {
    expect(isValidPostcode('1000', 'BE')).toBe(true);
    expect(isValidPostcode('10000', 'BE')).toBe(false);
    expect(isValidPostcode('1204', 'CH')).toBe(true);
    expect(isValidPostcode('L-1724', 'LU')).toBe(true);
    expect(isValidPostcode('10115', 'DE')).toBe(true);
    expect(isValidPostcode('20121', 'IT')).toBe(true);
    expect(isValidPostcode('28013', 'ES')).toBe(true);
    expect(isValidPostcode('1012 AB', 'NL')).toBe(true);
    expect(isValidPostcode('1012AB', 'NL')).toBe(true);
    expect(isValidPostcode('1012', 'NL')).toBe(false);
    expect(isValidPostcode('SW1A 1AA', 'GB')).toBe(true);
    expect(isValidPostcode('M1 1AE', 'GB')).toBe(true);
    expect(isValidPostcode('12345', 'GB')).toBe(false);
    expect(isValidPostcode('10001', 'US')).toBe(true);
    expect(isValidPostcode('10001-1234', 'US')).toBe(true);
  });

  it('is lenient for other countries', () => {
    expect(isValidPostcode('100-0001', 'JP')).toBe(true);
    expect(isValidPostcode('X', 'JP')).toBe(false);
    expect(isValidPostcode('ABCDEFGHIJK', 'JP')).toBe(false);
  });
});

describe('countries and zones', () => {
  it('lists the 27 member states', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(new Set(EU_COUNTRIES).size).toBe(27);
    expect(EU_COUNTRIES).toContain('GR');
    expect(EU_COUNTRIES).not.toContain('GB');
    expect(isEuCountry('de')).toBe(true);
    expect(isEuCountry('CH')).toBe(false);
  });

  it('gives the VAT zone', () => {
    expect(zoneOfCountry('FR')).toBe('fr');
    expect(zoneOfCountry('MC')).toBe('fr');
    expect(zoneOfCountry('BE')).toBe('eu');
    expect(zoneOfCountry('de')).toBe('eu');
    expect(zoneOfCountry('CH')).toBe('export');
    expect(zoneOfCountry('GB')).toBe('export');
    expect(zoneOfCountry('US')).toBe('export');
  });
});
