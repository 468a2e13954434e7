import type { FormResult } from '@/lib/action-result';

/** A server action for a form, handed to the account forms by the page (components import nothing from app/). */
export type FormAction = (previous: FormResult | null, data: FormData) => Promise<FormResult>;
