// The question sets `npm run eval`, the answer model's fit and the ranking-at-scale bench read:
// one list, so that a new set (or a held-out set becoming a development set) is one line.

import { fileURLToPath } from 'node:url';

export interface EvalSet {
  /** Short name, as the fit and the bench print it. */
  name: string;
  /** The questions file and the reports folder, as absolute paths. */
  questions: string;
  reports: string;
  /**
   * Written blind and not yet tuned on: its misses are never listed, so that nobody tunes on them,
   * and the answer model is not fitted on it.
   */
  heldOut?: true;
}

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const set = (name: string, folder: string, heldOut?: true): EvalSet => ({
  name,
  questions: at(`./${folder}/questions.json`),
  reports: at(`./${folder}/reports/`),
  ...(heldOut ? { heldOut } : {}),
});

// Held-out sets 1-62 have all been looked at (eval/README.md): development sets now. Sets 4-62 were
// written blind and measured once, each at the end of a session, before that.
export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'tuning', questions: at('./questions.json'), reports: at('../reports/') },
  set('held-out 1', 'holdout'),
  set('held-out 2', 'holdout2'),
  set('held-out 3', 'holdout3'),
  set('held-out 4', 'holdout4'),
  set('held-out 5', 'holdout5'),
  set('held-out 6', 'holdout6'),
  set('held-out 7', 'holdout7'),
  set('held-out 8', 'holdout8'),
  set('held-out 9', 'holdout9'),
  set('held-out 10', 'holdout10'),
  set('held-out 11', 'holdout11'),
  set('held-out 12', 'holdout12'),
  set('held-out 13', 'holdout13'),
  set('held-out 14', 'holdout14'),
  set('held-out 15', 'holdout15'),
  set('held-out 16', 'holdout16'),
  set('held-out 17', 'holdout17'),
  set('held-out 18', 'holdout18'),
  set('held-out 19', 'holdout19'),
  set('held-out 20', 'holdout20'),
  set('held-out 21', 'holdout21'),
  set('held-out 22', 'holdout22'),
  set('held-out 23', 'holdout23'),
  set('held-out 24', 'holdout24'),
  set('held-out 25', 'holdout25'),
  set('held-out 26', 'holdout26'),
  set('held-out 27', 'holdout27'),
  set('held-out 28', 'holdout28'),
  set('held-out 29', 'holdout29'),
  set('held-out 30', 'holdout30'),
  set('held-out 31', 'holdout31'),
  set('held-out 32', 'holdout32'),
  set('held-out 33', 'holdout33'),
  set('held-out 34', 'holdout34'),
  set('held-out 35', 'holdout35'),
  set('held-out 36', 'holdout36'),
  set('held-out 37', 'holdout37'),
  set('held-out 38', 'holdout38'),
  set('held-out 39', 'holdout39'),
  set('held-out 40', 'holdout40'),
  set('held-out 41', 'holdout41'),
  set('held-out 42', 'holdout42'),
  set('held-out 43', 'holdout43'),
  set('held-out 44', 'holdout44'),
  set('held-out 45', 'holdout45'),
  set('held-out 46', 'holdout46'),
  set('held-out 47', 'holdout47'),
  set('held-out 48', 'holdout48'),
  set('held-out 49', 'holdout49'),
  set('held-out 50', 'holdout50'),
  set('held-out 51', 'holdout51'),
  set('held-out 52', 'holdout52'),
  set('held-out 53', 'holdout53'),
  set('held-out 54', 'holdout54'),
  set('held-out 55', 'holdout55'),
  set('held-out 56', 'holdout56'),
  set('held-out 57', 'holdout57'),
  set('held-out 58', 'holdout58'),
  set('held-out 59', 'holdout59'),
  set('held-out 60', 'holdout60'),
  set('held-out 61', 'holdout61'),
  set('held-out 62', 'holdout62'),
  // Written blind in the sixty-second session (eval/holdout63/README.md), measured once at its end.
  set('held-out 63', 'holdout63', true),
];

/** The sets the answer model may be fitted on and anyone may look into. */
export const DEVELOPMENT_SETS: readonly EvalSet[] = EVAL_SETS.filter((evalSet) => !evalSet.heldOut);
