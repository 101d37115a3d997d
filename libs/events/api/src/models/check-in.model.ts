import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EventRegistration } from './event.model';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

@InputType()
export class RegistrationIdInput {
  @Field(() => ID) @IsUUID('all') id: string;
}

@InputType({ description: 'The text of the QR code on a confirmation, scanned at this event.' })
export class CheckInByCodeInput {
  @Field(() => ID) @IsUUID('all') eventId: string;
  @Field() @IsString() @MaxLength(200) code: string;
}

@InputType({ description: 'Someone at the door without a registration.' })
export class WalkInInput {
  @Field(() => ID) @IsUUID('all') eventId: string;
  @Field({ nullable: true }) @Transform(trim) @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @Field() @Transform(trim) @IsString({ message: 'Give a last name.' }) @MaxLength(100) lastName: string;
  @Field() @Transform(trim) @IsEmail({}, { message: 'Enter a valid email address.' }) @MaxLength(254) email: string;
  @Field({ nullable: true }) @Transform(trim) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @Field({ nullable: true }) @Transform(trim) @IsOptional() @IsString() @MaxLength(40) phone?: string;
}

@ObjectType()
export class EventRegistrationPayload {
  @Field(() => EventRegistration) registration: EventRegistration;
}
