/** Typed access to the plugin's services: `getService(strapi, 'intake').file(...)`. */
import type { Core } from '@strapi/strapi';
import type services from './index';

type Services = typeof services;
export type ServiceName = keyof Services;
export type Service<K extends ServiceName> = ReturnType<Services[K]>;

export function getService<K extends ServiceName>(strapi: Core.Strapi, name: K): Service<K> {
  return strapi.plugin('complaints').service(name) as Service<K>;
}
