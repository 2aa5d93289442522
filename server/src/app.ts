import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { AppModule } from './app.module.js';
import { BootstrapService } from './bootstrap/bootstrap.service.js';
import { validationPipeOptions } from './common/validation/validation-pipe.options.js';
import { AppConfig } from './config/app.config.js';

/**
 * Builds the whole application (used by main.ts, the e2e tests and the bench): API under /api with
 * the global pipe and filter, OpenAPI at /api/docs, the admin SPA at /, first-boot setup.
 */
export async function createApp(config: AppConfig, options: { logger?: false } = {}) {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    logger: options.logger === false ? false : ['warn', 'error'],
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe(validationPipeOptions));
  app.enableShutdownHooks();
  app.disable('x-powered-by');

  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Comptoir API').setDescription('Practice ERP/CRM for French commercial-assistant exams').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });

  const index = path.join(config.adminDistDir, 'index.html');
  if (fs.existsSync(index)) {
    app.useStaticAssets(config.adminDistDir, { index: false, maxAge: '1h' });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }

  const credentials = await app.get(BootstrapService).run();
  return { app, credentials };
}
