"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.drawImage = drawImage;
exports.imageSize = imageSize;
const node_zlib_1 = __importDefault(require("node:zlib"));
const MAX_CACHED = 16;
const prepared = new Map();
const perDocument = new WeakMap();
/** Draws an image (data URL) in a box of width × height at (x, y). */
function drawImage(doc, dataUrl, x, y, width, height) {
    const image = cachedImage(doc, dataUrl);
    doc.image((image ?? dataUrl), x, y, { width, height });
}
/** Pixel size of an image given as a data URL (PNG or JPEG), without decoding it. */
function imageSize(dataUrl) {
    const data = decodeDataUrl(dataUrl);
    if (!data)
        return null;
    if (isPng(data))
        return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
    if (data[0] === 0xff && data[1] === 0xd8)
        return jpegSize(data);
    return null;
}
function cachedImage(doc, dataUrl) {
    let images = perDocument.get(doc);
    if (!images)
        perDocument.set(doc, (images = new Map()));
    const existing = images.get(dataUrl);
    if (existing)
        return existing;
    const source = prepare(dataUrl);
    if (!source)
        return null;
    const image = {
        width: source.width,
        height: source.height,
        label: `CI${images.size + 1}`,
        obj: null,
        embed(document) {
            const ref = (data) => document.ref(data);
            const mask = ref({ Type: 'XObject', Subtype: 'Image', Width: source.width, Height: source.height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: 'DeviceGray', Decode: [0, 1] });
            mask.end(source.alpha);
            const obj = ref({ Type: 'XObject', Subtype: 'Image', Width: source.width, Height: source.height, BitsPerComponent: 8, Filter: 'FlateDecode', ColorSpace: source.colorSpace, SMask: mask });
            obj.end(source.color);
            this.obj = obj;
        },
    };
    images.set(dataUrl, image);
    return image;
}
function prepare(dataUrl) {
    if (prepared.has(dataUrl))
        return prepared.get(dataUrl) ?? null;
    let result = null;
    try {
        const data = decodeDataUrl(dataUrl);
        if (data && isPng(data))
            result = preparePngWithAlpha(data);
    }
    catch {
        result = null;
    }
    if (prepared.size >= MAX_CACHED)
        prepared.clear();
    prepared.set(dataUrl, result);
    return result;
}
function decodeDataUrl(dataUrl) {
    const m = /^data:[^;,]*;base64,(.*)$/s.exec(dataUrl);
    return m ? Buffer.from(m[1], 'base64') : null;
}
function isPng(data) {
    return data.length > 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47;
}
/** 8-bit, non-interlaced RGBA or grey + alpha PNG → deflated colour and alpha planes; anything else: null. */
function preparePngWithAlpha(data) {
    let pos = 8;
    let width = 0;
    let height = 0;
    let colorType = -1;
    const idat = [];
    while (pos + 8 <= data.length) {
        const length = data.readUInt32BE(pos);
        const type = data.toString('latin1', pos + 4, pos + 8);
        const body = data.subarray(pos + 8, pos + 8 + length);
        if (type === 'IHDR') {
            width = body.readUInt32BE(0);
            height = body.readUInt32BE(4);
            const bitDepth = body[8];
            colorType = body[9];
            const interlace = body[12];
            if (bitDepth !== 8 || interlace !== 0 || (colorType !== 6 && colorType !== 4))
                return null;
        }
        else if (type === 'IDAT') {
            idat.push(body);
        }
        else if (type === 'IEND') {
            break;
        }
        pos += 12 + length;
    }
    if (!width || !height || !idat.length)
        return null;
    const channels = colorType === 6 ? 4 : 2;
    const colors = channels - 1;
    const raw = node_zlib_1.default.inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    if (raw.length < height * (stride + 1))
        return null;
    const pixels = Buffer.alloc(height * stride);
    for (let row = 0; row < height; row++) {
        const filter = raw[row * (stride + 1)];
        const src = row * (stride + 1) + 1;
        const dst = row * stride;
        for (let i = 0; i < stride; i++) {
            const x = raw[src + i];
            const left = i >= channels ? pixels[dst + i - channels] : 0;
            const up = row > 0 ? pixels[dst - stride + i] : 0;
            const upLeft = row > 0 && i >= channels ? pixels[dst - stride + i - channels] : 0;
            let value;
            switch (filter) {
                case 0:
                    value = x;
                    break;
                case 1:
                    value = x + left;
                    break;
                case 2:
                    value = x + up;
                    break;
                case 3:
                    value = x + ((left + up) >> 1);
                    break;
                case 4: {
                    const p = left + up - upLeft;
                    const pa = Math.abs(p - left);
                    const pb = Math.abs(p - up);
                    const pc = Math.abs(p - upLeft);
                    value = x + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
                    break;
                }
                default:
                    return null;
            }
            pixels[dst + i] = value & 0xff;
        }
    }
    const count = width * height;
    const color = Buffer.alloc(count * colors);
    const alpha = Buffer.alloc(count);
    for (let p = 0, c = 0, a = 0; p < pixels.length;) {
        for (let k = 0; k < colors; k++)
            color[c++] = pixels[p++];
        alpha[a++] = pixels[p++];
    }
    return { width, height, colorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray', color: node_zlib_1.default.deflateSync(color), alpha: node_zlib_1.default.deflateSync(alpha) };
}
function jpegSize(data) {
    let pos = 2;
    while (pos + 9 < data.length) {
        if (data[pos] !== 0xff)
            return null;
        const marker = data[pos + 1];
        const length = data.readUInt16BE(pos + 2);
        if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
            return { height: data.readUInt16BE(pos + 5), width: data.readUInt16BE(pos + 7) };
        }
        pos += 2 + length;
    }
    return null;
}
//# sourceMappingURL=images.js.map