// The migrations in the order they run. `npm run db:migration:generate -- Name` appends to this list.
import { Initial1795903650766 } from './1795903650766-Initial';
export const MIGRATIONS = [Initial1795903650766];
