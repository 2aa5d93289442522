"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
require("reflect-metadata");
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const swagger_1 = require("@nestjs/swagger");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const app_module_js_1 = require("./app.module.js");
const bootstrap_service_js_1 = require("./bootstrap/bootstrap.service.js");
const validation_pipe_options_js_1 = require("./common/validation/validation-pipe.options.js");
/**
 * Builds the whole application (used by main.ts, the e2e tests and the bench): API under /api with
 * the global pipe and filter, OpenAPI at /api/docs, the admin SPA at /, first-boot setup.
 */
async function createApp(config, options = {}) {
    const app = await core_1.NestFactory.create(app_module_js_1.AppModule.forConfig(config), {
        logger: options.logger === false ? false : ['warn', 'error'],
    });
    app.setGlobalPrefix('api');
    app.useGlobalPipes(new common_1.ValidationPipe(validation_pipe_options_js_1.validationPipeOptions));
    app.enableShutdownHooks();
    app.disable('x-powered-by');
    const openApi = swagger_1.SwaggerModule.createDocument(app, new swagger_1.DocumentBuilder().setTitle('Comptoir API').setDescription('Practice ERP/CRM for French commercial-assistant exams').setVersion('1').addBearerAuth().build());
    swagger_1.SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });
    const index = node_path_1.default.join(config.adminDistDir, 'index.html');
    if (node_fs_1.default.existsSync(index)) {
        app.useStaticAssets(config.adminDistDir, { index: false, maxAge: '1h' });
        app.use((req, res, next) => {
            if (req.method !== 'GET' || req.path.startsWith('/api'))
                return next();
            res.setHeader('Cache-Control', 'no-cache');
            res.sendFile(index);
        });
    }
    const credentials = await app.get(bootstrap_service_js_1.BootstrapService).run();
    return { app, credentials };
}
//# sourceMappingURL=app.js.map