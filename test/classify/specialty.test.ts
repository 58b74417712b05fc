import { describe, expect, it } from 'vitest';
import { judge } from './helpers';

describe('specialty', () => {
  it.each([
    ['Dr. Ivy Chen', 'Paediatric neurologist | epilepsy', 'neurology'],
    ['Dr. Sam Kerr', 'Heme/onc fellow, Riverside', 'oncology'],
    ['Ella Fry, RN', 'Cardiac ICU nurse', 'nursing'],
    ['Raj Patel, PharmD', 'Oncology pharmacist', 'pharmacy'],
    ['Nia Bolt, MD', 'Interventional cardiologist', 'cardiology'],
    ['Tom Lee, MD', 'GI doc | IBD clinic', 'gastroenterology'],
    ['Dr. Ada Ross', 'ID physician | antimicrobial stewardship', 'infectious-disease'],
    ['Kai Dunn, PA-C', 'Derm PA', 'dermatology'],
    ['Lia Sol, NP', 'Nurse Practitioner, Rheumatology', 'rheumatology'],
    ['Max Ito, FNP-C', 'Family nurse practitioner', 'family-medicine'],
    ['Zoe Ray, CRNA', 'Nurse anesthetist', 'nurse-anesthesia'],
    ['Dr. Jan Berg', 'Hausarzt in Köln', 'family-medicine'],
    ['Dra. Ana Vidal', 'Dermatóloga en Madrid', 'dermatology'],
    ['Dr Luc Morel', 'Cardiologue à Lyon', 'cardiology'],
    ['Dr. Will Hart', 'Orthopaedic surgeon | sports injuries', 'orthopedics'],
    ['Dr. Amy Vu', 'Anesthesiologist & intensivist | #CritCare', 'critical-care'],
    ['Dr. Ben Cho', 'Pediatric emergency physician', 'emergency-medicine'],
    ['Dr. Kim Sato', 'Pediatrician | mom of two', 'pediatrics'],
    ['Ola Berg, DDS', 'Family dentist', 'dentistry'],
    ['Dr. Noel Park', 'Hospitalist, Mercy General', 'hospital-medicine'],
  ])('%s (%s) -> %s', (name, headline, slug) => {
    expect(judge(name, headline).specialty).toBe(slug);
  });

  it('a physician who names no field has no specialty', () => {
    expect(judge('Hana Cole, MD', 'Physician | speaker').specialty).toBe('');
  });
  it('a non-HCP never gets a specialty', () => {
    expect(judge('Lou Grant', 'Oncology sales specialist at Vexta Pharma').specialty).toBe('');
  });
});
