"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=view-model.types.js.map