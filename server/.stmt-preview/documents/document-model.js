"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=document-model.js.map