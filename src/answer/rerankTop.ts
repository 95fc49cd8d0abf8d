// How many of the search's first claims the reranker reorders (rerankClaims.ts), in a module of
// its own: the "no answer" decision reads names over the same claims (answerability.ts), and
// answerability.ts is imported by the reranker's features, so a constant in rerankClaims.ts itself
// would be read before it is set when rerankClaims.ts is the first of them loaded (a cycle).

/** The first claims reordered (the three an answer shows and the next); the rest stay below them, in the search's order. */
export const RERANK_TOP = 4;
