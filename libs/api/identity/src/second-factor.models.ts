import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SecondFactorStepEnum {
  TOTP = 'TOTP',
  TOTP_SETUP = 'TOTP_SETUP',
}
registerEnumType(SecondFactorStepEnum, {
  name: 'SecondFactorStep',
  description: 'What a session that has passed the password still owes before it is signed in',
  valuesMap: {
    TOTP: { description: 'Enter the code from the authenticator app (verifySecondFactor)' },
    TOTP_SETUP: {
      description:
        'Set up an authenticator app first (beginTotpSetup, then confirmTotpSetup): secretariat and admin accounts must have one',
    },
  },
});

@ObjectType('TotpSetup', {
  description:
    'A new authenticator app secret, offered until a code from it is confirmed with confirmTotpSetup',
})
export class TotpSetupModel {
  @Field({
    description:
      'The secret in base32 (RFC 4648, upper case, no padding), for typing into the app by hand',
  })
  secret!: string;

  @Field({ description: 'The otpauth:// URI that the QR code holds' })
  otpauthUri!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The otpauth URI as a QR code: SVG markup (starting <svg), black on white; null if it could not be made',
  })
  qrCodeSvg!: string | null;
}
