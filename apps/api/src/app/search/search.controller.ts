import { PERMISSIONS, SearchResponse, SessionUser } from '@datenlotse/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/current-user.decorator';
import { RequirePermission } from '../../common/permission.decorator';
import { SearchQueryDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @RequirePermission(PERMISSIONS.searchRead)
  find(@CurrentUser() user: SessionUser, @Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.search(user, query);
  }
}
