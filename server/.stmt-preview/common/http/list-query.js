"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.filters = exports.MAX_PAGE_SIZE = void 0;
exports.parseListQuery = parseListQuery;
exports.runList = runList;
exports.fold = fold;
exports.foldSql = foldSql;
const typeorm_1 = require("typeorm");
const domain_exception_js_1 = require("../errors/domain.exception.js");
exports.MAX_PAGE_SIZE = 1000;
function parseJson(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    if (typeof raw !== 'string' || raw.length > 10_000)
        throw new domain_exception_js_1.FieldErrorsException({ [name]: 'app.validation.invalid' });
    try {
        return JSON.parse(raw);
    }
    catch {
        throw new domain_exception_js_1.FieldErrorsException({ [name]: 'app.validation.invalid' });
    }
}
function parseListQuery(query, defaultSort = ['id', 'ASC']) {
    const sortRaw = parseJson(query.sort, 'sort');
    const rangeRaw = parseJson(query.range, 'range');
    const filterRaw = parseJson(query.filter, 'filter');
    let sort = { field: defaultSort[0], order: defaultSort[1] };
    if (sortRaw !== undefined) {
        if (!Array.isArray(sortRaw) || typeof sortRaw[0] !== 'string' || !['ASC', 'DESC'].includes(String(sortRaw[1]).toUpperCase())) {
            throw new domain_exception_js_1.FieldErrorsException({ sort: 'app.validation.invalid' });
        }
        sort = { field: sortRaw[0], order: String(sortRaw[1]).toUpperCase() };
    }
    let range = { start: 0, end: 24 };
    if (rangeRaw !== undefined) {
        if (!Array.isArray(rangeRaw) || rangeRaw.length !== 2 || !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) || rangeRaw[1] < rangeRaw[0]) {
            throw new domain_exception_js_1.FieldErrorsException({ range: 'app.validation.invalid' });
        }
        range = { start: rangeRaw[0], end: Math.min(rangeRaw[1], rangeRaw[0] + exports.MAX_PAGE_SIZE - 1) };
    }
    if (filterRaw !== undefined && (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw))) {
        throw new domain_exception_js_1.FieldErrorsException({ filter: 'app.validation.invalid' });
    }
    const filter = { ...(filterRaw ?? {}) };
    if (typeof query.q === 'string' && filter.q === undefined)
        filter.q = query.q;
    return { sort, range, filter };
}
async function runList(qb, spec, list) {
    let i = 0;
    for (const [name, value] of Object.entries(list.filter)) {
        if (value === undefined || value === null || value === '')
            continue;
        // Own keys only: "__proto__", "constructor" or "toString" are not filters.
        const apply = Object.hasOwn(spec.filters, name) ? spec.filters[name] : undefined;
        if (!apply)
            throw new domain_exception_js_1.FieldErrorsException({ [`filter.${name}`]: 'app.validation.unknown_filter' });
        apply(qb, value, `f${i++}`);
    }
    const sortExpr = Object.hasOwn(spec.sortable, list.sort.field) ? spec.sortable[list.sort.field] : undefined;
    if (!sortExpr)
        throw new domain_exception_js_1.FieldErrorsException({ sort: 'app.validation.invalid' });
    qb.orderBy(sortExpr, list.sort.order);
    if (sortExpr !== `${spec.alias}.id`)
        qb.addOrderBy(`${spec.alias}.id`, 'ASC');
    const total = await qb.getCount();
    const rows = await qb.offset(list.range.start).limit(list.range.end - list.range.start + 1).getMany();
    return { rows, total, start: list.range.start, end: list.range.start + Math.max(rows.length - 1, 0) };
}
// ---- reusable filter appliers -------------------------------------------------------------
exports.filters = {
    ids: (column) => (qb, value, p) => {
        const ids = (Array.isArray(value) ? value : [value]).map(Number).filter((n) => Number.isInteger(n));
        qb.andWhere(`${column} IN (:...${p})`, { [p]: ids.length ? ids : [-1] });
    },
    equals: (column, allowed) => (qb, value, p) => {
        if (typeof value !== 'string' && typeof value !== 'number')
            throw new domain_exception_js_1.FieldErrorsException({ filter: 'app.validation.invalid' });
        if (allowed && !allowed.includes(String(value)))
            throw new domain_exception_js_1.FieldErrorsException({ filter: 'app.validation.choice' });
        qb.andWhere(`${column} = :${p}`, { [p]: value });
    },
    bool: (column) => (qb, value, p) => {
        qb.andWhere(`${column} = :${p}`, { [p]: value === true || value === 'true' ? 1 : 0 });
    },
    gte: (column) => (qb, value, p) => {
        qb.andWhere(`${column} >= :${p}`, { [p]: String(value) });
    },
    lte: (column) => (qb, value, p) => {
        qb.andWhere(`${column} <= :${p}`, { [p]: String(value) });
    },
    /** Free-text search over several columns, case- and accent-insensitive for the usual French accents. */
    text: (columns) => (qb, value, p) => {
        const words = String(value).slice(0, 200).trim().split(/\s+/).filter(Boolean).slice(0, 6);
        words.forEach((word, w) => {
            qb.andWhere(new typeorm_1.Brackets((b) => {
                for (const column of columns)
                    b.orWhere(`${foldSql(column)} LIKE :${p}w${w} ESCAPE '\\'`, { [`${p}w${w}`]: `%${escapeLike(fold(word))}%` });
            }));
        });
    },
};
const ACCENTS = [['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'], ['à', 'a'], ['â', 'a'], ['ä', 'a'], ['î', 'i'], ['ï', 'i'], ['ô', 'o'], ['ö', 'o'], ['ù', 'u'], ['û', 'u'], ['ü', 'u'], ['ç', 'c'], ['É', 'e'], ['È', 'e'], ['Ê', 'e'], ['À', 'a'], ['Â', 'a'], ['Î', 'i'], ['Ô', 'o'], ['Û', 'u'], ['Ç', 'c']];
function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
/** SQL expression of a column folded like `fold()`: for accent-insensitive search and sort. */
function foldSql(column) {
    return ACCENTS.reduce((expr, [from, to]) => `replace(${expr}, '${from}', '${to}')`, `lower(coalesce(${column}, ''))`);
}
function escapeLike(text) {
    return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
//# sourceMappingURL=list-query.js.map