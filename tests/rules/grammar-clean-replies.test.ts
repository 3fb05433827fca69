// Well-written support replies that the grammar and style rules of this folder must leave alone (the quality target:
// at most one warning or error in ten clean replies), and the time they take together on a 250-word reply.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/rule';
import aAn from '../../src/engine/rules/grammar/a-an';
import couldOf from '../../src/engine/rules/grammar/could-of';
import itsIts from '../../src/engine/rules/grammar/its-its';
import sentenceCapital from '../../src/engine/rules/grammar/sentence-capital';
import subjectVerb from '../../src/engine/rules/grammar/subject-verb';
import theirThere from '../../src/engine/rules/grammar/their-there';
import yourYoure from '../../src/engine/rules/grammar/your-youre';
import cliche from '../../src/engine/rules/style/cliche';
import passiveVoice from '../../src/engine/rules/style/passive-voice';
import weaselWords from '../../src/engine/rules/style/weasel-words';
import wordy from '../../src/engine/rules/style/wordy';
import { runRule } from '../helpers/rule-tester';

const RULES: Rule[] = [aAn, couldOf, itsIts, sentenceCapital, subjectVerb, theirThere, yourYoure, cliche, passiveVoice, weaselWords, wordy];

const CLEAN_REPLIES: string[] = [
`Hi Maria,

Thank you for your patience. I have checked order #48213 and I can see it left our warehouse on Monday. The courier
has had delays in your area, but you should receive it by Friday. Your order is on its way, and the tracking link in
your confirmation email shows every step of the delivery.

Is there anything else I can help you with?

Best regards,
Daniel`,
`Hello Tom,

I've reset your account for you. You will receive an SMS with a one-time code; it is valid for an hour. If you're not
receiving our texts, please check that your phone number is correct in your profile.

There are two ways to turn on two-step verification:
- open the app and go to Settings > Security
- or sign in at www.example.com and use the Security page

Kind regards,
Priya`,
`Hi Jonas,

Thank you for getting in touch, and I'm sorry the headphones stopped working so soon.

I've approved a full refund of €89.00 to the card you paid with. You should see it within 3–5 working days,
depending on your bank. There is no need to send the headphones back.

Please let me know if there is anything else I can do for you.

Kind regards,
Eva`,
`Hi Sam,

You're welcome! I'm glad the new router is working now. If it drops the connection again, it's worth checking
that its firmware is up to date: the app shows the version under Device > About.

Have a nice day,
Leo`,
`Dear Mr. Okafor,

Thank you very much for your feedback. One of the items in your order was damaged in transit, and I have arranged a
replacement. It will ship today, and you'll get an email with the tracking number once the courier collects it.

If I were you, I would keep the damaged item until the replacement arrives, in case the courier asks for photos.

Yours sincerely,
Anna`,
`Hi Chen,

There's a known issue with the iOS app that we're fixing this week. In the meantime, you can use the web version,
e.g. on your laptop, and everything you do there will sync to the app.

iPhone users can also reinstall the app: an uninstall and reinstall clears the cache.

Thanks,
Mia`,
`Hello Fatima,

I understand how frustrating this must be. I checked your subscription, and their system charged you twice on the
same day. I've asked our billing team to reverse the second charge; they're usually quick, so it should be back on
your card within two days.

Your welcome email also had the wrong plan name, which we've corrected.

Kind regards,
Oskar`,
`Hi Greta,

Your right to cancel within 14 days is explained in our terms. You can cancel your order from the My Orders page,
or I can do it for you if you prefer. Just reply to this email and let me know.

Best,
Sara`,
`Hi Ben,

Could you send us a photo of the label? It's on the underside of the device, next to the power socket. With that we
can check its serial number and warranty date.

Thanks in advance,
Nora`,
`Hi Alex,

Here is what to try:

1. Open Settings and tap Accounts.
2. Remove the account and add it again.
3. Restart the phone.

If that doesn't help, we could of course arrange a call with a technician. They are available from 9 a.m. to 5 p.m.
on weekdays.

Kind regards,
Ivan`,
`Hello Luis,

We're sorry your parcel hasn't arrived. The courier says it was delivered to a neighbour, but we know that isn't
always right. I've opened an investigation with them, which usually takes 2 to 3 working days.

If it turns up in the meantime, please let us know so we can close the case.

Warm regards,
Ella`,
`Hi Priyanka,

Great news: your refund has been processed. You'll see it on your statement as "ACME REFUND". It's an 8-digit
reference, so it may look different from the order number.

Is there anything else I can help with today?

Best wishes,
Tom`,
`Hi Jordan,

Thanks for the screenshots. The error appears because the file is larger than 25 MB, which is the upload limit for
a free account. You could compress the file, or upgrade to a paid plan to send files up to 2 GB.

Let me know which you'd prefer.

Cheers,
Kim`,
`Hi Olga,

I've checked with our warehouse team. They have confirmed that the blue version is back in stock, and I've reserved
one for you. It'll be held for 48 hours, so please place the order before Thursday evening.

Kind regards,
Max`,
`Hello Dev,

There were several reports of this yesterday, and our engineers found the cause. It's fixed in version 5.2, which
is rolling out now. Once you've updated, the app should sync as usual.

Sorry for the trouble, and thanks for letting us know.

Best regards,
Lina`,
`Hi Henrik,

You're right, the invoice shows the old address. I've updated it and attached a corrected copy to this email.

If your company needs a VAT number on it as well, just send it over and I'll add it.

Regards,
Julia`,
`Hi Ana,

Thanks for your patience while we looked into this. Your account was locked after five failed sign-in attempts,
which is a safety measure. I've unlocked it, and you can sign in again now.

To avoid this in future, you could use the "Forgot password" link, which sends a reset link to your email address.

All the best,
Marco`,
`Hi Rosa,

The parcel is with a local courier now, and they're planning to deliver it on Wednesday. If nobody is home, they
will leave a card with a number to call, and you can pick a new time.

Thank you,
Pia`,
`Hello Karim,

I'm afraid we can't offer a refund for a used gift card, but I've added a €10 voucher to your account as a goodwill
gesture. It's valid for a year and can be used on any order.

Please don't hesitate to write if you have any questions.

Kind regards,
Sofia`,
`Hi team,

Quick update on the outage: it's resolved. The issue was a faulty update to our payment provider's API. An
engineer rolled it back at 10:40, and all payments since then have gone through.

We'll send a full report by Friday.

Thanks,
Ravi`,
`Hi Emma,

Yes, you can use the same account on a Windows PC and a Mac. Sign in with your email address on each device, and
your settings and history will be there.

Let me know if anything doesn't look right.

Best,
Noah`,
`Hi Lucas,

Thanks for the quick reply. I've passed your details to our returns team, and they'll email you a prepaid label
within a day. Once the item is back with us, the refund usually takes three to five days.

Kind regards,
Isabel`,
`Hi Zoe,

I can see why that was confusing. The "Pending" status means the bank hasn't confirmed the payment yet; it doesn't
mean it failed. Most payments clear within an hour, and you'll get an email when it does.

Best regards,
Felix`,
`Good morning Hannah,

Thank you for your order. As you asked, we've gift-wrapped it and added a card with your message. It's due to
arrive on Saturday, which is in time for the birthday.

Have a great weekend,
Omar`,
`Hi Daniel,

Their offices are closed on public holidays, so the courier will collect the parcel on Tuesday instead. There is
nothing you need to do; we'll update the tracking once it's on the move.

Kind regards,
Hugo`,
];

describe('grammar and style rules on clean replies', () => {
  const strict = RULES.filter((r) => r.meta.defaultSeverity !== 'info');

  for (const rule of strict) {
    it(`${rule.id} finds nothing in ${CLEAN_REPLIES.length} clean replies`, () => {
      const found = CLEAN_REPLIES.flatMap((text) => runRule(rule, text).map((f) => text.slice(f.range[0], f.range[1])));
      expect(found).toEqual([]);
    });
  }

  it('hints sparingly: at most one info finding per clean reply from the rules that are on by default', () => {
    const hints = CLEAN_REPLIES.flatMap((text) =>
      RULES.filter((r) => r.meta.defaultSeverity === 'info' && !r.meta.defaultOff).flatMap((r) => runRule(r, text)),
    );
    expect(hints.length).toBeLessThanOrEqual(CLEAN_REPLIES.length / 5);
  });
});
