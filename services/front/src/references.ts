/** Another subgraph's entity as this one sees it: its key, nothing else. */
export interface EntityRef {
  id: string;
}
