// The migrations in the order they run. `npm run db:migration:generate -- Name` appends to this list.
import { Initial1795903650766 } from './1795903650766-Initial';
import { Crm1795912593234 } from './1795912593234-Crm';
import { ContactNameIndex1795918030227 } from './1795918030227-ContactNameIndex';
import { Pipeline1795922991974 } from './1795922991974-Pipeline';
import { PipelineIndexes1795925443603 } from './1795925443603-PipelineIndexes';
import { Mail1795930002075 } from './1795930002075-Mail';
import { Interviews1795932488073 } from './1795932488073-Interviews';
export const MIGRATIONS = [
  Initial1795903650766,
  Crm1795912593234,
  ContactNameIndex1795918030227,
  Pipeline1795922991974,
  PipelineIndexes1795925443603,
  Mail1795930002075,
  Interviews1795932488073,
];
