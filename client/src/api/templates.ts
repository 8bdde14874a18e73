import type { Template } from '@werkplaats/shared';
import { request } from './http';

/** A template a facilitator saved for the organisation. */
export interface SavedTemplate {
  id: string;
  name: string;
  scope: 'session' | 'frame';
  createdAt: number;
  updatedAt: number;
  template: Template;
}

const base = '/api/templates';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const listTemplates = (signal?: AbortSignal) =>
  request<SavedTemplate[]>('GET', base, undefined, signal);
export const createTemplate = (template: Template) => request<SavedTemplate>('POST', base, template);
/** Sends an exported file as it is: the server validates it whole and refuses it whole. */
export const importTemplate = (file: unknown) => request<SavedTemplate>('POST', `${base}/import`, file);
export const renameTemplate = (id: string, name: string) =>
  request<SavedTemplate>('PATCH', one(id), { name });
export const deleteTemplate = (id: string) => request<void>('DELETE', one(id));
export const exportTemplateUrl = (id: string) => `${one(id)}/export`;
