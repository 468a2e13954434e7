// Word lists for realistic-looking records. Fictional, but shaped like real CRM data.

export const COMPANY_STEMS = [
  'Northwind', 'Bluefin', 'Cobalt', 'Evergreen', 'Lumen', 'Harbor', 'Granite', 'Quillon', 'Sparrow', 'Tidewater',
  'Vantage', 'Wrenfield', 'Alder', 'Brightline', 'Cedarpoint', 'Driftwood', 'Elmstead', 'Foxglove', 'Greyhound',
];
export const COMPANY_SUFFIXES = ['Analytics', 'Logistics', 'Health'];
export const LEGAL_FORMS = ['Inc.', 'AB', 'GmbH', 'Ltd', 'BV', 'SAS', 'Oy'];

export const FIRST_NAMES = [
  'Alice', 'Bruno', 'Chiara', 'Daniel', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaja', 'Liam',
  'Maja', 'Nils', 'Olivia', 'Pedro', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'William', 'Yara', 'Zoe',
];
export const LAST_NAMES = [
  'Andersson', 'Becker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Varga',
];
export const POSITIONS = ['CEO', 'CTO', 'Head of Operations', 'Customer Success Lead', 'Data Analyst', 'Product Manager', 'VP Sales', 'IT Administrator'];
export const INDUSTRIES = ['Software', 'Retail', 'Healthcare', 'Manufacturing', 'Financial Services', 'Education', 'Transport'];
export const PRODUCTS = ['Platform', 'Analytics add-on', 'Premium support', 'Extra seats', 'Data connector'];
export const PHASES = ['Onboarding', 'Adoption', 'Expansion', 'Renewal'];
export const COMPANY_STATUSES = ['prospect', 'coming', 'customer', 'customer', 'customer', 'canceled', 'lost'];
export const CONVERSATION_TYPES = ['email', 'chat', 'ticket', 'call', 'note'] as const;
export const CONVERSATION_SUBJECTS = [
  'Quarterly business review', 'Renewal discussion', 'Onboarding kickoff', 'Question about invoices', 'Feature request: exports',
  'Login problems', 'Check-in call', 'Expansion opportunity', 'Data sync delayed', 'Training session follow-up',
];
export const TICKET_TITLES = [
  'Cannot export report', 'SSO login fails', 'Dashboard loads slowly', 'Wrong currency on invoice', 'API returns 500',
  'User cannot be invited', 'Missing data after import', 'Email notifications not sent',
];
export const TASK_ACTIONS = ['Call', 'Email', 'Meeting', 'Review health score', 'Prepare QBR', 'Send renewal offer'];
export const ISSUE_TITLES = [
  'Export to CSV drops accents', 'Mobile app crashes on login', 'Slow search in large workspaces', 'Calendar sync misses events',
  'Webhook retries too aggressive', 'Timezone shown incorrectly', 'Bulk edit loses custom fields', 'PDF reports cut off tables',
  'Password reset email delayed', 'Filters reset after refresh', 'Duplicate notifications', 'Chart legend overlaps labels',
];
export const NPS_COMMENTS = [
  'Great support team!', 'Does what we need.', 'Reporting could be better.', 'Too expensive for what we use.',
  'Onboarding was smooth.', 'Missing a few integrations.', '', 'Love the new dashboards.',
];
export const CHURN_REASONS = ['Budget cuts', 'Switched to competitor', 'Low adoption', 'Company acquired', 'Missing features'];
export const SALES_STAGES = ['Discovery', 'Demo', 'Proposal', 'Negotiation', 'Closed won', 'Closed lost'];
export const CURRENCIES = ['USD', 'EUR', 'SEK', 'GBP'];
