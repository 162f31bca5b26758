import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatasetsModule } from '../datasets/datasets.module';
import { DeliveryAgreementsService } from './agreements.service';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarController } from './calendar.controller';
import { DeliveriesClock } from './deliveries-clock';
import { DatasetDeliveriesController, DeliveriesController } from './deliveries.controller';
import { DeliveriesService } from './deliveries.service';
import { DeliveryAgreement } from './delivery-agreement.entity';
import { DeliveryDueService } from './delivery-due.service';
import { Delivery } from './delivery.entity';

/** Delivery agreements, deliveries, what is due, and each user's calendar feed of it. */
@Module({
  imports: [TypeOrmModule.forFeature([DeliveryAgreement, Delivery, CalendarFeed]), DatasetsModule],
  controllers: [DatasetDeliveriesController, DeliveriesController, CalendarController],
  providers: [
    DeliveryAgreementsService,
    DeliveriesService,
    DeliveryDueService,
    CalendarFeedService,
    DeliveriesClock,
  ],
  // The reminder job (mail work) asks DeliveryDueService which deliveries are due; a completed interview
  // records its agreement through DeliveryAgreementsService.
  exports: [DeliveryDueService, DeliveriesClock, DeliveryAgreementsService],
})
export class DeliveriesModule {}
