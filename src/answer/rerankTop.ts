// How many of the search's first claims the reranker reorders (rerankClaims.ts), in a module of
// its own so that nothing loaded by the reranker's features can read it before it is set, whichever
// of them is loaded first (eval/fitReranker.ts loads rerankClaims.ts first). The features once
// loaded answerability.ts, which loads rerankClaims.ts; they load claimCoverage.ts now, which
// does not.

/** The first claims reordered (the three an answer shows and the next two); the rest stay below them, in the search's order. */
export const RERANK_TOP = 5;
