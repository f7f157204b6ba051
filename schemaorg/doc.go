// Package schemaorg exports a role of a catalog as a schema.org Occupation
// (https://schema.org/Occupation) in JSON-LD, for search engines, job
// boards and knowledge graphs that read structured data.
//
//	b, err := schemaorg.Marshal(rolemodel.Default(), "technology-director")
//
// NewOccupation returns the document as a Go value whose fields mirror the
// JSON-LD, for callers who want to add to it before encoding; Marshal and
// WriteJSONLD encode it, indented and safe to embed in a
// <script type="application/ld+json"> element. A role the catalog does not
// have is a *career.RoleError, which unwraps to rolemodel.ErrUnknownRole.
// The output depends only on the catalog: the same catalog always gives the
// same bytes.
//
// # The mapping
//
// The title is the name and the aliases the alternateName. Each source's
// description of the role is a description, and each responsibility a
// responsibilities text ("Area: text" where the catalog groups it). The
// O*NET-SOC, ISCO-08 and ESCO codes become occupationalCategory
// CategoryCodes, each with its code set (inCodeSet) named and linked; an
// O*NET-SOC code also links its O*NET OnLine page, and an ESCO occupation,
// known by its concept URI only, is that URI as the code's url.
//
// Every salary entry becomes its own estimatedSalary value: figures from
// different sources are never merged or converted. A median or percentile
// is a MonetaryAmountDistribution with currency, median or percentileNN and
// the pay period as an ISO 8601 duration (P1Y for annual pay, PT1H for
// hourly). A range or an average is a MonetaryAmount whose value is a
// QuantitativeValue (minValue and maxValue, or value) with the pay period
// as unitCode and unitText (ANN/YEAR, HUR/HOUR): schema.org gives
// distributions no minimum, maximum or mean. Each value's name says what
// the figure is, with region and year ("Median pay (United States)"), and
// its description quotes the figure as the source writes it and names the
// source. Amounts are the catalog's exact decimals.
//
// Skills are DefinedTerms with the skill's name and description. The
// technologies the role uses (role.Technology, O*NET's Technology Skills)
// follow them in skills, as DefinedTerms named by the product, with the
// category the source files it under as description and the Extension
// terms technology, hotTechnology and inDemand: schema.org has no
// property for the tools of an occupation, and skills is where job boards
// look for them.
// Certifications and programmes are qualifications, as
// EducationalOccupationalCredentials with the acronym as alternateName and
// the issuer, where known, as recognizedBy. Each education statement is an
// educationRequirements credential whose credentialCategory is the minimum
// degree ("bachelor degree", "postgraduate degree"), with the fields of
// study as about and the source's wording as description; where the
// source states no minimum but reports how its respondents answer
// (role.Education.Distribution, O*NET's Required Level of Education), the
// most common category is the educationalLevel ("Bachelor's Degree"), as
// the description says in the source's words. Each experience
// statement is an OccupationalExperienceRequirements with the source's
// wording and, where years are stated, monthsOfExperience from their lower
// bound; a preferred rather than required statement is named "Preferred
// experience".
//
// # What is not mapped
//
// Schema.org's Occupation has no property for seniority level, career
// track, reporting line, career moves, job outlook (growth, openings,
// employment and projected employment), occupational interests (RIASEC
// scores) or the difference
// between essential and optional skills, or required and recommended
// certifications; these are left out rather than forced into a property
// that means something else. The catalog's industries are left out too:
// schema.org declares industry for JobPosting only. occupationLocation is
// not written because a role's regions belong to its individual salary and
// outlook figures, not to the occupation; a salary's region is in its
// name. Preferred degrees appear only through the education statement's
// wording, so that they are not read as requirements. The shares of a
// distribution of respondents (education or experience) are in the
// statement's wording only; experience categories give no
// monthsOfExperience, since the most common answer is not a minimum.
//
// # Job postings
//
// NewJobPosting, MarshalJobPosting and WriteJobPosting write a role as a
// schema.org JobPosting (https://schema.org/JobPosting) instead: the draft
// of an advertisement, with the same mapping of skills, qualifications,
// education, experience, codes and pay figures, and two differences that
// matter. The pay bands of the role's grade become its baseSalary, each a
// MonetaryAmount from the band's minimum to its maximum per pay period;
// the sources' figures stay estimatedSalary, because what the market pays
// is not what the employer offers. And a posting's own facts (date posted,
// hiring organization, location), which a catalog does not hold, are left
// for the employer to add.
//
// The package's tests check every document against an excerpt of the
// schema.org vocabulary (testdata/vocabulary.json): every type is a
// schema.org type, every property is declared for the type it is used on
// or a supertype, and every value has a type the property's range allows.
package schemaorg
