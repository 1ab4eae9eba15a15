// Sentences a trauma therapist might write in a glimmer, for the identifier scan's table tests.
// `expect` lists every finding the scan should make, as [category, excerpt]; an empty list means the
// sentence is clean and must raise no warning. The watch list used with them is WATCH_WORDS.
import type { PrivacyCategory } from '@glimmers/core';

export interface Row {
  text: string;
  expect: [PrivacyCategory, string][];
}

export const WATCH_WORDS = ['Maria', 'Mary Ann', 'José', 'Dmitri'];

export const WITH_IDENTIFIERS: Row[] = [
  // email
  { text: 'She emailed me afterwards from maria.lopez88@gmail.com just to say thank you.', expect: [['email', 'maria.lopez88@gmail.com']] },
  { text: "Her daughter's address, d.okafor@outlook.com, was on the intake form and I left it there.", expect: [['email', 'd.okafor@outlook.com']] },
  { text: 'He wrote to j_smith+therapy@example.org to ask for the worksheet.', expect: [['email', 'j_smith+therapy@example.org']] },
  // phone
  { text: 'He asked me to call his sister at (555) 867-5309 if he missed a session.', expect: [['phone', '(555) 867-5309']] },
  { text: 'Her new number is 555.214.7788 and she said it with such pride.', expect: [['phone', '555.214.7788']] },
  { text: "The shelter's line, +44 20 7946 0958, finally answered her.", expect: [['phone', '+44 20 7946 0958']] },
  { text: 'She texted me from 07700 900123 to say she had made it to the interview.', expect: [['phone', '07700 900123']] },
  { text: 'His mobile: 0412 345 678, written on the back of the drawing.', expect: [['phone', '0412 345 678']] },
  { text: 'The fax came through from +1 415 555 0132 with her signed release.', expect: [['phone', '+1 415 555 0132']] },
  // ssn
  { text: 'He read his SSN 123-45-6789 aloud as proof that he existed.', expect: [['ssn', '123-45-6789']] },
  { text: 'The form still had 219 09 9999 written in the margin.', expect: [['ssn', '219 09 9999']] },
  { text: 'Her social security number 078051120 was on the benefits letter.', expect: [['ssn', '078051120']] },
  // date
  { text: 'On 07/04/2021 she walked into the session and laughed for the first time.', expect: [['date', '07/04/2021']] },
  { text: 'Her birthday is July 4th and she wants to spend it by the sea.', expect: [['date', 'July 4th']] },
  { text: 'We met on 2021-07-04, the anniversary of her arrival.', expect: [['date', '2021-07-04']] },
  { text: 'Since 4.7.2021 he has not missed a single session.', expect: [['date', '4.7.2021']] },
  { text: 'She was discharged on 4 July 2021 and sent me a postcard.', expect: [['date', '4 July 2021']] },
  { text: 'Every year on Jul 4 he remembers the crossing, and this year he smiled.', expect: [['date', 'Jul 4']] },
  { text: 'Her son was born on the 12th of March, and she sang to him in session.', expect: [['date', '12th of March']] },
  { text: 'Her court date was March 3, 2022 and she stood tall.', expect: [['date', 'March 3, 2022']] },
  // age
  { text: 'She is 92 and still grows tomatoes on her balcony.', expect: [['age', '92']] },
  { text: 'A 94-year-old grandmother taught me more about patience than any book.', expect: [['age', '94-year-old']] },
  { text: 'He turned 90 last week and asked for cake at our session.', expect: [['age', '90']] },
  { text: 'Her mother, aged 97, held her hand during the call.', expect: [['age', '97']] },
  { text: "The client's grandfather is ninety-three years old and walks every morning.", expect: [['age', 'ninety-three years old']] },
  // address
  { text: 'She finally moved into 42 Elm Street and brought a plant to session.', expect: [['address', '42 Elm Street']] },
  { text: 'He lives at 1600 Oak Avenue, Apt 4B, above the bakery.', expect: [['address', '1600 Oak Avenue, Apt 4B']] },
  { text: 'The shelter on Juniper Road has a garden she tends now.', expect: [['address', 'Juniper Road']] },
  { text: 'Her letters go to PO Box 881 now, away from him.', expect: [['address', 'PO Box 881']] },
  // postcode
  { text: 'Her ZIP 90210 came up when we talked about moving.', expect: [['postcode', '90210']] },
  { text: 'They settled in Springfield, IL 62704 after the long drive.', expect: [['postcode', '62704']] },
  { text: 'She wrote her postcode, SW1A 1AA, on the card for me.', expect: [['postcode', 'SW1A 1AA']] },
  { text: 'Her new place is near M1 1AE, close to the park.', expect: [['postcode', 'M1 1AE']] },
  // id-number
  { text: 'His MRN 4471932 was still on the printout he brought.', expect: [['id-number', '4471932']] },
  { text: 'She read out her member ID: XKD-55821 with a steady voice.', expect: [['id-number', 'XKD-55821']] },
  { text: 'The car with plate 7ABC123 was no longer parked outside her house.', expect: [['id-number', '7ABC123']] },
  { text: 'Her account number 88-1204-77 was finally in her own name.', expect: [['id-number', '88-1204-77']] },
  { text: "His driver's license D1234567 arrived and he held it up like a trophy.", expect: [['id-number', 'D1234567']] },
  { text: 'Her NHS number 943 476 5919 was on the referral letter.', expect: [['id-number', '943 476 5919']] },
  // url
  { text: 'She showed me her fundraiser at https://gofundme.com/f/help-ana-rebuild and I felt my chest open.', expect: [['url', 'https://gofundme.com/f/help-ana-rebuild']] },
  { text: 'He started a blog at www.walkingbackhome.net about his recovery.', expect: [['url', 'www.walkingbackhome.net']] },
  { text: 'Her poems are up on smithfamilypoems.org now.', expect: [['url', 'smithfamilypoems.org']] },
  // ip
  { text: 'Her ex kept logging in from 192.168.1.24, and today she changed every password.', expect: [['ip', '192.168.1.24']] },
  { text: 'The volunteer found 2001:db8::ff00:42:8329 in the router log and she cried with relief.', expect: [['ip', '2001:db8::ff00:42:8329']] },
  // watch-list
  { text: 'Maria laughed when she told me about the bus ride.', expect: [['watch-list', 'Maria']] },
  { text: 'Mary Ann brought her sister to the last session.', expect: [['watch-list', 'Mary Ann']] },
  { text: "I noticed how José's shoulders dropped when he spoke.", expect: [['watch-list', 'José']] },
  { text: 'Today dmitri read his letter out loud, steady and slow.', expect: [['watch-list', 'dmitri']] },
  { text: 'It was the first time Mary-Ann said no to him.', expect: [['watch-list', 'Mary-Ann']] },
  // more than one
  { text: 'Jose, 95 years old, called from 555-301-2288 on 3/14/2022.', expect: [['watch-list', 'Jose'], ['age', '95 years old'], ['phone', '555-301-2288'], ['date', '3/14/2022']] },
];

export const CLEAN: Row[] = [
  { text: 'We meet twice a week for 45 minutes.', expect: [] },
  { text: 'At 9:15 she walked in with her shoulders down from her ears.', expect: [] },
  { text: 'Her PHQ-9 went from a score of 12 to a score of 7.', expect: [] },
  { text: 'Back in 2019 she could not leave the house; now she drives.', expect: [] },
  { text: 'She is 38 and just started college.', expect: [] },
  { text: 'He has been sober for 90 days and counting.', expect: [] },
  { text: 'She was 95 percent sure she would come back next week.', expect: [] },
  { text: 'I felt my breath slow down for the first time in 3 weeks.', expect: [] },
  { text: 'Three of my five sessions today had a moment like this.', expect: [] },
  { text: 'The session ran from 10:30 to 11:20 and felt like five minutes.', expect: [] },
  { text: 'She rated her anxiety 4/10 today, down from 8/10.', expect: [] },
  { text: 'In March she started volunteering at the library.', expect: [] },
  { text: 'He has 2 kids and 3 grandkids and talks about them with such warmth.', expect: [] },
  { text: 'We did 4-7-8 breathing together and my shoulders dropped.', expect: [] },
  { text: 'She walked 10,000 steps to prove to herself she could.', expect: [] },
  { text: 'It took 18 months of work to get here.', expect: [] },
  { text: 'Around 2 pm I noticed warmth in my chest.', expect: [] },
  { text: 'Her hands shook at first, then steadied after about 20 seconds.', expect: [] },
  { text: 'He said he was 100% done hiding, and I believed him.', expect: [] },
  { text: 'The group had 12 people and every one of them stayed.', expect: [] },
  { text: 'She turned 40 this year and threw herself a party.', expect: [] },
  { text: 'My body felt lighter, like a 1000-piece puzzle finally done.', expect: [] },
  { text: 'We spent the whole 50-minute hour on one memory.', expect: [] },
  { text: 'Her grandmother lived into her nineties and that gives her hope.', expect: [] },
  { text: 'She uses the 5-4-3-2-1 grounding exercise on the bus now.', expect: [] },
  { text: 'I noticed my jaw unclench around minute 35.', expect: [] },
  { text: "He's 6 months clean and proud of it.", expect: [] },
  { text: 'The 2020 lockdown was when she first reached out.', expect: [] },
  { text: 'Page 92 of her journal was full of drawings.', expect: [] },
  { text: 'She has been in the country for 3 years and speaks English well.', expect: [] },
  { text: "On Tuesday she said the word 'safe' and meant it.", expect: [] },
  { text: 'During the 4th session she cried, then laughed.', expect: [] },
  { text: 'Mid-May, she planted a garden.', expect: [] },
  { text: 'She counted to 100 in her head, and the panic passed.', expect: [] },
  { text: 'Our 1:1 session felt spacious.', expect: [] },
  { text: 'Version 1.2 of the safety plan worked better.', expect: [] },
  { text: 'He drove 90 miles to make it to our session.', expect: [] },
  { text: 'The clinic opens at 8:00 and she was there at 7:45.', expect: [] },
  { text: 'Every single day for 21 days she wrote one kind thing.', expect: [] },
  { text: 'On a scale of 0 to 10 she said her hope was a 7.', expect: [] },
  { text: 'She called the hotline twice and hung up; the third time she stayed.', expect: [] },
  { text: 'The room was 72 degrees and she asked to open a window.', expect: [] },
  { text: 'I watched her take 3 slow breaths before she answered.', expect: [] },
  { text: 'She said she felt 10 years younger after the hike.', expect: [] },
  { text: 'He wrote a 12-page letter to his younger self.', expect: [] },
  { text: 'Eid was the first holiday she enjoyed in years.', expect: [] },
  { text: "At 92 percent attendance, she's our most consistent group member.", expect: [] },
  { text: 'By 3/4 of the way through the session, her voice was steady.', expect: [] },
  { text: 'She spent 15 years in that job and left with her head high.', expect: [] },
  { text: 'Session 12 of 16 in the trauma-focused CBT protocol, and she is still here.', expect: [] },
  { text: 'My chest warmed when she said "I may 2 or 3 times a day just breathe now."', expect: [] },
  { text: 'We march 5 miles together at the vigil, she said, laughing.', expect: [] },
];
