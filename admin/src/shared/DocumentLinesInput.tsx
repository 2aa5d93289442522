import { Fragment, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useQuery } from '@tanstack/react-query';
import {
  InputHelperText,
  useDataProvider,
  useGetMany,
  useInput,
  useLocale,
  useTranslate,
  type Identifier,
  type Validator,
} from 'react-admin';
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { Product } from '../types';
import { VAT_RATES_BP } from './choices';
import {
  bpToInput,
  centsToInput,
  formatMoney,
  formatQuantity,
  formatRate,
  parseEuros,
  parsePercentText,
  parseQuantityText,
  quantityToInput,
} from './format';
import { emptyLine, isBlankLine, useLiveTotalsContext, type LineFormValue } from './useLiveTotals';
import { visuallyHidden } from './visuallyHidden';

type Parse = (text: string) => number | null | undefined;
type Format = (value: unknown, locale: string) => string;

const identity = (v: unknown) => v;

/** Is the row a trailing blank row (ignored on save)? */
const trailingBlank = (lines: LineFormValue[] | undefined, index: number) =>
  (lines ?? []).slice(index).every((l) => isBlankLine(l));

/** Validators that only apply to a filled-in row. */
const lineRule =
  (index: number, rule: (line: LineFormValue, value: unknown) => string | undefined): Validator =>
  (value, allValues) => {
    const lines = (allValues as { lines?: LineFormValue[] }).lines;
    const line = lines?.[index];
    if (!line || trailingBlank(lines, index)) return undefined;
    return rule(line, value);
  };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A numeric cell: the text is kept as typed, the form holds the parsed number (NaN when invalid). */
const NumberCell = ({
  source,
  ariaLabel,
  parse,
  format,
  validate,
  previewError,
  inputRef,
  width,
  adornment,
  describedBy,
}: {
  source: string;
  ariaLabel: string;
  parse: Parse;
  format: Format;
  validate: Validator[];
  previewError?: string;
  inputRef?: (el: HTMLInputElement | null) => void;
  width: number;
  adornment?: string;
  describedBy: string;
}) => {
  const locale = useLocale();
  const { field, fieldState } = useInput({ source, validate, format: identity, parse: identity });
  const [text, setText] = useState(() => format(field.value, locale));
  const last = useRef<unknown>(field.value);
  useEffect(() => {
    if (!Object.is(field.value, last.current)) {
      last.current = field.value;
      setText(format(field.value, locale));
    }
  }, [field.value, format, locale]);
  const error = fieldState.error?.message ?? previewError;
  return (
    <TextField
      name={field.name}
      value={text}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        setText(event.target.value);
        const parsed = parse(event.target.value);
        const value = parsed === undefined ? Number.NaN : parsed;
        last.current = value;
        field.onChange(value);
      }}
      onBlur={() => {
        field.onBlur();
        if (isNumber(field.value)) setText(format(field.value, locale));
      }}
      inputRef={(el: HTMLInputElement | null) => {
        field.ref(el);
        inputRef?.(el);
      }}
      error={!!error}
      margin="none"
      size="small"
      sx={{ width }}
      slotProps={{
        htmlInput: {
          'aria-label': ariaLabel,
          'aria-describedby': error ? describedBy : undefined,
          inputMode: 'decimal',
          autoComplete: 'off',
          style: { textAlign: 'right' },
        },
        input: adornment
          ? { endAdornment: <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>{adornment}</Typography> }
          : undefined,
        formHelperText: { sx: { mx: 0, lineHeight: 1.2 } },
      }}
    />
  );
};

const LabelCell = ({
  index,
  ariaLabel,
  previewError,
  unit,
  describedBy,
}: {
  index: number;
  ariaLabel: string;
  previewError?: string;
  unit?: string;
  describedBy: string;
}) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({
    source: `lines.${index}.label`,
    validate: [lineRule(index, (line) => (!line.productId && !(line.label ?? '').trim() ? 'app.validation.required' : undefined))],
    format: (v) => v ?? '',
  });
  const error = fieldState.error?.message ?? previewError;
  return (
    <TextField
      {...field}
      value={field.value ?? ''}
      error={!!error}
      helperText={unit ? `${translate('app.documents.lines.unit')} : ${unit}` : undefined}
      margin="none"
      size="small"
      fullWidth
      slotProps={{
        htmlInput: { 'aria-label': ariaLabel, 'aria-describedby': error ? describedBy : undefined, autoComplete: 'off', maxLength: 200 },
        formHelperText: { sx: { mx: 0, lineHeight: 1.2 } },
      }}
    />
  );
};

const VatCell = ({
  index,
  ariaLabel,
  previewError,
  describedBy,
}: {
  index: number;
  ariaLabel: string;
  previewError?: string;
  describedBy: string;
}) => {
  const locale = useLocale();
  const { field, fieldState } = useInput({
    source: `lines.${index}.vatRateBp`,
    validate: [lineRule(index, (line, v) => (!line.productId && (v == null || v === '') ? 'app.validation.required' : undefined))],
    format: identity,
    parse: identity,
  });
  const error = fieldState.error?.message ?? previewError;
  return (
    <TextField
      select
      name={field.name}
      value={field.value == null ? '' : String(field.value)}
      onChange={(e) => field.onChange(e.target.value === '' ? null : Number(e.target.value))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!error}
      margin="none"
      size="small"
      sx={{ width: 92 }}
      slotProps={{
        select: { native: true },
        htmlInput: { 'aria-label': ariaLabel, 'aria-describedby': error ? describedBy : undefined },
        formHelperText: { sx: { mx: 0, lineHeight: 1.2 } },
      }}
    >
      {VAT_RATES_BP.map((bp) => (
        <option key={bp} value={String(bp)}>
          {formatRate(bp, locale)}
        </option>
      ))}
    </TextField>
  );
};

const useDebounced = <T,>(value: T, delay = 200): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

type ProductOption = Pick<Product, 'id' | 'reference' | 'label'> & Partial<Product>;

/** Product search by reference or label; picking one fills the row (label, unit, price, VAT). */
const ProductCell = ({
  index,
  ariaLabel,
  product,
  onPicked,
  inputRef,
  previewError,
  describedBy,
}: {
  index: number;
  ariaLabel: string;
  product: Product | undefined;
  onPicked: (product: Product) => void;
  inputRef: (el: HTMLInputElement | null) => void;
  previewError?: string;
  describedBy: string;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider();
  const { setValue } = useFormContext();
  const { field, fieldState } = useInput({ source: `lines.${index}.productId`, format: identity, parse: identity });
  const reference = useWatch({ name: `lines.${index}.reference` }) as string | null | undefined;
  const label = useWatch({ name: `lines.${index}.label` }) as string | undefined;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebounced(text.trim());
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['document-product-search', search],
    queryFn: async ({ signal }) =>
      (
        await dataProvider.getList<Product>('products', {
          filter: search ? { q: search, active: true } : { active: true },
          pagination: { page: 1, perPage: 20 },
          sort: { field: 'reference', order: 'ASC' },
          signal,
        })
      ).data,
    enabled: open,
    staleTime: 30_000,
  });
  const value: ProductOption | null =
    field.value != null && field.value !== ''
      ? { id: field.value as Identifier, reference: product?.reference ?? reference ?? '', label: product?.label ?? label ?? '' }
      : null;
  const error = fieldState.error?.message ?? previewError;
  return (
    <Autocomplete<ProductOption>
      value={value}
      options={options}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.reference ?? ''}
      isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
      onInputChange={(_e, next, reason) => {
        if (reason === 'input' || reason === 'clear') setText(next);
      }}
      onChange={(_e, next) => {
        if (!next) {
          field.onChange(null);
          setValue(`lines.${index}.reference`, null);
          return;
        }
        const picked = next as Product;
        field.onChange(picked.id);
        setValue(`lines.${index}.reference`, picked.reference);
        setValue(`lines.${index}.label`, picked.label, { shouldDirty: true });
        setValue(`lines.${index}.unit`, picked.unit, { shouldDirty: true });
        setValue(`lines.${index}.unitPriceCents`, picked.salePriceCents, { shouldDirty: true });
        setValue(`lines.${index}.vatRateBp`, picked.vatRateBp, { shouldDirty: true });
        onPicked(picked);
      }}
      onBlur={field.onBlur}
      autoHighlight
      selectOnFocus
      handleHomeEndKeys
      loading={isFetching}
      loadingText={translate('app.documents.client.loading')}
      noOptionsText={translate('app.documents.lines.noProduct')}
      size="small"
      forcePopupIcon={false}
      sx={{ width: 168 }}
      slotProps={{ popper: { sx: { minWidth: 480 }, placement: 'bottom-start' } }}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
          <Typography component="span" variant="body2" sx={{ fontWeight: 700, minWidth: 90 }}>
            {option.reference}
          </Typography>
          <Typography component="span" variant="body2" sx={{ flex: 1 }}>
            {option.label}
          </Typography>
          <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {formatMoney(option.salePriceCents ?? null, locale)}
            {option.type === 'good'
              ? ` · ${translate('app.documents.lines.availableShort', { n: formatQuantity(option.available ?? 0, locale) })}`
              : ''}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={(el: HTMLInputElement | null) => {
            field.ref(el);
            inputRef(el);
          }}
          placeholder={translate('app.documents.lines.productPlaceholder')}
          error={!!error}
          margin="none"
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': ariaLabel, 'aria-describedby': error ? describedBy : undefined },
            formHelperText: { sx: { mx: 0, lineHeight: 1.2 } },
          }}
        />
      )}
    />
  );
};

/** Available / on hand for goods, red when the quantity typed exceeds what is available. */
const StockCell = ({ product, quantity }: { product: Product | undefined; quantity: number | null | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!product) return <>—</>;
  if (product.type === 'service') {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('app.documents.lines.service')}
      </Typography>
    );
  }
  const short = isNumber(quantity) && quantity > product.available;
  const title = translate('app.documents.lines.stockTitle', {
    available: formatQuantity(product.available, locale),
    onHand: formatQuantity(product.onHand, locale),
  });
  return (
    <Tooltip title={title}>
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: short ? 'error.main' : 'text.primary', fontWeight: short ? 700 : 400, whiteSpace: 'nowrap' }}
      >
        {short ? <WarningAmberIcon fontSize="small" aria-hidden /> : null}
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatQuantity(product.available, locale)} / {formatQuantity(product.onHand, locale)}
        </span>
        <Box component="span" sx={visuallyHidden}>
          {title}
          {short ? ` — ${translate('app.documents.lines.stockShort')}` : ''}
        </Box>
      </Box>
    </Tooltip>
  );
};

const NetCell = ({ cents }: { cents: number | undefined }) => {
  const locale = useLocale();
  return (
    <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {cents == null ? '—' : formatMoney(cents, locale)}
    </Typography>
  );
};

const LINE_FIELDS = ['productId', 'label', 'quantity', 'unitPriceCents', 'discountBp', 'vatRateBp', 'orderLineId'] as const;
const FIELD_LABELS: Record<(typeof LINE_FIELDS)[number], string> = {
  productId: 'app.documents.lines.product',
  label: 'app.documents.lines.label',
  quantity: 'app.documents.lines.quantity',
  unitPriceCents: 'app.documents.lines.unitPrice',
  discountBp: 'app.documents.lines.discount',
  vatRateBp: 'app.documents.lines.vat',
  orderLineId: 'app.documents.lines.product',
};

/** The errors of one line (the form's, then the server's live ones), under it, across the table. */
const LineErrorsRow = ({ id, messages }: { id: string; messages: Array<[string, string]> }) => {
  const translate = useTranslate();
  if (messages.length === 0) return null;
  return (
    <TableRow>
      <TableCell colSpan={9} id={id} sx={{ py: 0.5, px: 1.5, bgcolor: '#fdecea', color: '#8a1c14', borderTop: 0 }}>
        {messages.map(([field, message]) => (
          <Box key={field} component="div" sx={{ fontSize: '0.8125rem' }}>
            <strong>{translate(field)} :</strong> <InputHelperText error={message} helperText={false} />
          </Box>
        ))}
      </TableCell>
    </TableRow>
  );
};

const quantityRules = (index: number): Validator[] => [
  lineRule(index, (_line, v) => {
    if (v == null || v === '') return 'app.validation.required';
    if (!isNumber(v)) return 'app.validation.quantity';
    if (v <= 0) return 'app.validation.positive';
    return undefined;
  }),
];
const priceRules = (index: number): Validator[] => [
  lineRule(index, (line, v) => {
    if (v == null || v === '') return line.productId ? undefined : 'app.validation.required';
    if (!isNumber(v)) return 'app.validation.money';
    if (v < 0) return 'app.validation.positive';
    return undefined;
  }),
];
const discountRules = (index: number): Validator[] => [
  lineRule(index, (_line, v) => (v != null && v !== '' && !isNumber(v) ? 'app.validation.percent' : undefined)),
];

const formatCents: Format = (v, locale) => centsToInput(v, locale);
const formatQty: Format = (v, locale) => quantityToInput(v, locale);
const formatBp: Format = (v, locale) => bpToInput(v, locale);

const headCell = { py: 0.75, px: 0.75, whiteSpace: 'nowrap' } as const;
const bodyCell = { py: 0.5, px: 0.75, verticalAlign: 'top' } as const;

/**
 * The lines of a quote, order or invoice, fast at the keyboard: one row per line, Tab from left to
 * right, Enter adds a row below and puts the cursor in it. Line nets and totals come from the server
 * (POST /document-totals); the stock column reads the product's availability.
 */
export const DocumentLinesInput = ({ footer }: { footer?: ReactNode }) => {
  const translate = useTranslate();
  const { control, setFocus } = useFormContext();
  const { fields, insert, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ name: 'lines' }) as LineFormValue[] | undefined;
  const { errors } = useFormState({ name: 'lines' });
  const live = useLiveTotalsContext();
  const productRefs = useRef(new Map<string, HTMLInputElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const productIds = [...new Set((lines ?? []).map((l) => l?.productId).filter((id): id is Identifier => id != null && id !== ''))];
  const { data: products } = useGetMany<Product>('products', { ids: productIds }, { enabled: productIds.length > 0 });
  const productOf = (id: Identifier | null | undefined) => (id == null ? undefined : products?.find((p) => String(p.id) === String(id)));

  useEffect(() => {
    if (!focusKey) return;
    const el = productRefs.current.get(focusKey);
    if (el) {
      el.focus();
      setFocusKey(null);
    }
  }, [focusKey, fields]);

  const addAfter = (index: number) => {
    const at = index + 1;
    if (at >= fields.length) append(emptyLine(), { shouldFocus: false });
    else insert(at, emptyLine(), { shouldFocus: false });
    // The new row's key is known after render: remember its position instead.
    setFocusKey(`__pos:${at}`);
  };

  // Resolve a pending "focus row N" once the row exists.
  useEffect(() => {
    if (focusKey?.startsWith('__pos:')) {
      const at = Number(focusKey.slice(6));
      const key = fields[at]?.id;
      if (key) setFocusKey(key);
    }
  }, [focusKey, fields]);

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.tagName !== 'INPUT' && target.tagName !== 'SELECT') return;
    event.preventDefault();
    addAfter(index);
  };

  const linesError = (errors as { lines?: { message?: string; root?: { message?: string } } }).lines;
  const arrayError = linesError?.message ?? linesError?.root?.message;
  const n = (i: number) => ({ n: i + 1 });

  return (
    <Box component="section" aria-labelledby="document-lines-title" sx={{ width: '100%', mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', borderBottom: 1, borderColor: 'divider', pb: 0.5, mb: 1 }}>
        <Typography id="document-lines-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark' }}>
          {translate('app.documents.sections.lines')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('app.documents.lines.addHint')}
        </Typography>
      </Box>
      {arrayError ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          <InputHelperText error={arrayError} helperText={false} />
        </Alert>
      ) : null}
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" sx={{ '& td, & th': { borderColor: '#e5e9ee' } }}>
          <Box component="caption" sx={visuallyHidden}>
            {translate('app.documents.lines.caption')}
          </Box>
          <TableHead>
            <TableRow>
              <TableCell sx={headCell}>{translate('app.documents.lines.product')}</TableCell>
              <TableCell sx={{ ...headCell, minWidth: 180, width: '100%' }}>{translate('app.documents.lines.label')}</TableCell>
              <TableCell sx={headCell} align="right">{translate('app.documents.lines.quantity')}</TableCell>
              <TableCell sx={headCell} align="right">{translate('app.documents.lines.unitPrice')}</TableCell>
              <TableCell sx={headCell} align="right">{translate('app.documents.lines.discount')}</TableCell>
              <TableCell sx={headCell}>{translate('app.documents.lines.vat')}</TableCell>
              <TableCell sx={headCell} align="right">{translate('app.documents.lines.net')}</TableCell>
              <TableCell sx={headCell} align="right">{translate('app.documents.lines.stock')}</TableCell>
              <TableCell sx={headCell}>
                <Box component="span" sx={visuallyHidden}>
                  {translate('app.documents.lines.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.length === 0 ? (
              <TableRow>
                <TableCell colSpan={9} sx={{ py: 2, textAlign: 'center', color: 'text.secondary' }}>
                  {translate('app.documents.lines.empty')}
                </TableCell>
              </TableRow>
            ) : null}
            {fields.map((row, index) => {
              const line = lines?.[index];
              const product = productOf(line?.productId);
              const preview = (field: string) => live?.lineError(index, field);
              const formErrors = (errors as { lines?: Array<Record<string, { message?: string } | undefined>> }).lines?.[index];
              const messages: Array<[string, string]> = [];
              for (const field of LINE_FIELDS) {
                const message = formErrors?.[field]?.message ?? preview(field);
                if (message) messages.push([FIELD_LABELS[field], message]);
              }
              const describedBy = `line-${index + 1}-errors`;
              return (
                <Fragment key={row.id}>
                <TableRow onKeyDown={onRowKeyDown(index)} data-line={index + 1}>
                  <TableCell sx={bodyCell}>
                    <ProductCell
                      describedBy={describedBy}
                      index={index}
                      ariaLabel={translate('app.documents.lines.aria.product', n(index))}
                      product={product}
                      previewError={preview('productId')}
                      inputRef={(el) => {
                        if (el) productRefs.current.set(row.id, el);
                        else productRefs.current.delete(row.id);
                      }}
                      onPicked={() => {
                        // Straight to the quantity, its text selected: type it and press Enter.
                        setTimeout(() => {
                          setFocus(`lines.${index}.quantity`, { shouldSelect: true });
                        }, 0);
                      }}
                    />
                  </TableCell>
                  <TableCell sx={bodyCell}>
                    <LabelCell
                      describedBy={describedBy}
                      index={index}
                      ariaLabel={translate('app.documents.lines.aria.label', n(index))}
                      previewError={preview('label')}
                      unit={line?.unit || undefined}
                    />
                  </TableCell>
                  <TableCell sx={bodyCell} align="right">
                    <NumberCell
                      describedBy={describedBy}
                      source={`lines.${index}.quantity`}
                      ariaLabel={translate('app.documents.lines.aria.quantity', n(index))}
                      parse={parseQuantityText}
                      format={formatQty}
                      validate={quantityRules(index)}
                      previewError={preview('quantity')}
                      width={84}
                    />
                  </TableCell>
                  <TableCell sx={bodyCell} align="right">
                    <NumberCell
                      describedBy={describedBy}
                      source={`lines.${index}.unitPriceCents`}
                      ariaLabel={translate('app.documents.lines.aria.unitPrice', n(index))}
                      parse={parseEuros}
                      format={formatCents}
                      validate={priceRules(index)}
                      previewError={preview('unitPriceCents')}
                      width={112}
                      adornment="€"
                    />
                  </TableCell>
                  <TableCell sx={bodyCell} align="right">
                    <NumberCell
                      describedBy={describedBy}
                      source={`lines.${index}.discountBp`}
                      ariaLabel={translate('app.documents.lines.aria.discount', n(index))}
                      parse={parsePercentText}
                      format={formatBp}
                      validate={discountRules(index)}
                      previewError={preview('discountBp')}
                      width={78}
                      adornment="%"
                    />
                  </TableCell>
                  <TableCell sx={bodyCell}>
                    <VatCell
                      index={index}
                      describedBy={describedBy}
                      ariaLabel={translate('app.documents.lines.aria.vat', n(index))}
                      previewError={preview('vatRateBp')}
                    />
                  </TableCell>
                  <TableCell sx={{ ...bodyCell, pt: 1.25 }} align="right">
                    <NetCell cents={live?.lineNet(index)} />
                  </TableCell>
                  <TableCell sx={{ ...bodyCell, pt: 1.25 }} align="right">
                    <StockCell product={product} quantity={line?.quantity} />
                  </TableCell>
                  <TableCell sx={{ ...bodyCell, px: 0 }}>
                    <Tooltip title={translate('app.documents.lines.remove')}>
                      <IconButton
                        size="small"
                        aria-label={translate('app.documents.lines.aria.remove', n(index))}
                        onClick={() => remove(index)}
                      >
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
                <LineErrorsRow id={describedBy} messages={messages} />
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
        <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => addAfter(fields.length - 1)}>
          {translate('app.documents.lines.add')}
        </Button>
      </Box>
      {footer}
    </Box>
  );
};
