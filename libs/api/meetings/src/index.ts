export * from './meetings.module';
export * from './meeting.model';
export * from './meeting.input';
export * from './meeting-audience';
export * from './meetings.service';
