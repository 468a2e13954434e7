import { z } from 'zod';

export const accountFields = {
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Use at most 100 characters.'),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address, like you@company.com.')),
  password: z.string().min(10, 'Use at least 10 characters.').max(128, 'Use at most 128 characters.'),
};

export const setupSchema = z.object({
  ...accountFields,
  workspaceName: z.string().trim().min(2, 'Name your workspace (at least 2 characters).').max(80, 'Use at most 80 characters.'),
});
