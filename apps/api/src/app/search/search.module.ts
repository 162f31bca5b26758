import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** The shell's search box: departments, contacts and interactions in one ranked list. */
@Module({
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
