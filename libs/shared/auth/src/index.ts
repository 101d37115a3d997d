export * from './auth.module';
export * from './auth.guard';
export * from './services/auth.service';
export * from './services/users.service';
export * from './services/directory.service';
export * from './services/secrets';
export * from './models/enums';
export * from './models/user.model';
