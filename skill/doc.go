// Package skill holds skills, certifications and the requirements roles
// place on them.
//
// # Skills and certifications
//
// A Skill is a catalog entry: an ID (a lower-case slug), a name, whether it
// is hard or soft, a category and aliases. A Certification is a credential or
// programme with the skills it evidences. Roles never embed skills: they
// reference them by ID through a Requirement, so one skill is described once
// and shared by every role that asks for it.
//
// # Proficiency
//
// Level is the one proficiency scale of a catalog, five steps from Awareness
// to Expert, with Unstated (the zero value) for a source that names a skill
// without a level. Its doc comment gives the words a job description uses for
// each step and the mapping from O*NET's 0-7 level ratings.
//
// This package imports nothing else of the module; it is a leaf.
package skill
