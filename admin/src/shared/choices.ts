/** SelectInput choices whose names are i18n keys under app.enums.<enumName>. */
export const enumChoices = (enumName: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `app.enums.${enumName}.${id}` }));

export const CUSTOMER_TYPES = ['b2b', 'b2c'] as const;
export const ZONES = ['fr', 'eu', 'export'] as const;
export const LANGUAGES = ['fr', 'en'] as const;
export const ROLES = ['client', 'prospect', 'supplier'] as const;
export const PROSPECT_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'negotiation', 'lost'] as const;
export const PAYMENT_TERMS = ['on_receipt', 'net_15', 'net_30', 'net_45', 'net_60', 'net_30_eom', 'net_45_eom'] as const;
export const PAYMENT_METHODS = ['transfer', 'cheque', 'card', 'lcr', 'sepa_debit', 'cash'] as const;
export const PRODUCT_TYPES = ['good', 'service'] as const;
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;
export const STOCK_MOVEMENT_TYPES = ['opening', 'in', 'out', 'adjustment', 'inventory'] as const;
export const MARKETING_CONSENTS = ['unknown', 'granted', 'refused', 'withdrawn'] as const;
export const PREFERRED_CHANNELS = ['email', 'phone', 'mail', 'sms'] as const;
export const CIVILITIES = ['M.', 'Mme'] as const;
export const SESSION_MODES = ['exam', 'training'] as const;
