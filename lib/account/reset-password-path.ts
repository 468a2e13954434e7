// Client- and edge-safe: the page a password reset email links to, `/reset-password?token=...`.
export const RESET_PASSWORD_PATH = '/reset-password';
