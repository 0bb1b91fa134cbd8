/**
 * The seed documents in `shared/seeds/` that built-in frameworks cite by file name, so a reader can
 * trace every item list back to the text it came from.
 */
export const SEEDS = {
  /** Harris, slides "Leading professional collaborative learning" (incl. "A PLC or not a PLC?"). */
  harrisSlides: '000_d8af733c8ebe6d27.txt',
  /** Harris & Jones, slides "Putting teachers at the heart of school and system improvement". */
  harrisJonesSlides: '001_7bbc60dfe880758f.txt',
  /** Blog post "Building and sustaining professional learning communities" (cites D. Hargreaves 2012). */
  acrossSchoolPlcs: '002_6fbae49e5bce8a13.txt',
  /** National Academy for Educational Leadership Wales, "Leading Professional Learning" resource page (Welsh context). */
  leadingProfessionalLearning: '003_5a0efc84e61e3a2f.txt',
  /** Masters in Education Practice (MEP) learning pack, Leadership 4.4, "Collaboration and new forms of leadership". */
  mepCollaboration: '004_0222f3f434c31ae7.txt',
} as const;
