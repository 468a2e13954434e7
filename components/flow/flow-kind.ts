export type FlowKind = 'source' | 'destination';

export const flowPaths: Record<FlowKind, string> = {
  source: '/sources/new/planhat',
  destination: '/destinations/new/planhat',
};

export const flowTitles: Record<FlowKind, string> = {
  source: 'New Planhat data source',
  destination: 'New Planhat data destination',
};
