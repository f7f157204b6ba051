package rolemodel

// This file generates catalog.schema.json, the JSON Schema of the catalog
// file format, from the Go types by reflection, and checks that the file in
// the repository is current and that real catalogs validate against it.
//
// To regenerate the schema after changing a type:
//
//	go test -run TestSchemaIsCurrent -update

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/rolemodel/rolemodel/internal/valid"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	schemaFile = "catalog.schema.json"
	schemaID   = "https://github.com/rolemodel/rolemodel/catalog.schema.json"
)

// The patterns of the custom validate rules (internal/valid) and of the
// text types.
const (
	slugPattern    = `^[a-z0-9]+(-[a-z0-9]+)*$`
	slugMaxLength  = 120
	onetSOCPattern = `^[0-9]{2}-[0-9]{4}\.[0-9]{2}$`
	isco08Pattern  = `^[0-9]{1,4}$`
	riasecPattern  = `^[RIASEC]{1,3}$`
	escoPattern    = `^[0-9]{4}(\.[0-9]{1,4}){1,8}$`
	yearsPattern   = `^([0-9]|[1-7][0-9]|80)(-([0-9]|[1-7][0-9]|80))?\+?$`
	currencyPat    = `^[A-Za-z]{3}$`
	amountPattern  = `^[0-9]+(\.[0-9]{1,4})?$`
)

// jsonSchema is the subset of JSON Schema 2020-12 the generator writes, in
// the order its keywords appear in the file.
type jsonSchema struct {
	Schema               string         `json:"$schema,omitempty"`
	ID                   string         `json:"$id,omitempty"`
	Title                string         `json:"title,omitempty"`
	Description          string         `json:"description,omitempty"`
	Ref                  string         `json:"$ref,omitempty"`
	Type                 any            `json:"type,omitempty"` // a string or a list of strings
	Const                any            `json:"const,omitempty"`
	Enum                 []string       `json:"enum,omitempty"`
	Pattern              string         `json:"pattern,omitempty"`
	Format               string         `json:"format,omitempty"`
	MinLength            *int           `json:"minLength,omitempty"`
	MaxLength            *int           `json:"maxLength,omitempty"`
	Minimum              *float64       `json:"minimum,omitempty"`
	Maximum              *float64       `json:"maximum,omitempty"`
	Items                *jsonSchema    `json:"items,omitempty"`
	MinItems             *int           `json:"minItems,omitempty"`
	Properties           orderedSchemas `json:"properties,omitempty"`
	Required             []string       `json:"required,omitempty"`
	AdditionalProperties *bool          `json:"additionalProperties,omitempty"`
	AnyOf                []*jsonSchema  `json:"anyOf,omitempty"`
	Not                  *jsonSchema    `json:"not,omitempty"`
	If                   *jsonSchema    `json:"if,omitempty"`
	Then                 *jsonSchema    `json:"then,omitempty"`
	Else                 *jsonSchema    `json:"else,omitempty"`
	Defs                 orderedSchemas `json:"$defs,omitempty"`
}

type namedSchema struct {
	name   string
	schema *jsonSchema
}

// orderedSchemas is a JSON object that keeps its keys in the order given,
// so that properties appear in the order of the Go fields.
type orderedSchemas []namedSchema

func (o orderedSchemas) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, n := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshalJSON(n.name)
		if err != nil {
			return nil, err
		}
		v, err := marshalJSON(n.schema)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshalJSON is json.Marshal without escaping <, > and &.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func ptr[T any](v T) *T { return &v }

// textType describes a type that marshals as text (encoding.TextMarshaler):
// its name in $defs and its schema. Enumerations list their names with
// enumFrom, the first value that has one; the names are read from the Go
// type, and aliases the loader also accepts are added to them.
type textType struct {
	name     string
	enumFrom int      // first value of an enumeration; -1 when not one
	aliases  []string // further accepted names of an enumeration
	schema   jsonSchema
}

var textTypes = map[reflect.Type]textType{
	reflect.TypeFor[role.Level]():           {name: "RoleLevel", enumFrom: 1},
	reflect.TypeFor[role.Track]():           {name: "Track", enumFrom: 1},
	reflect.TypeFor[role.Degree]():          {name: "Degree", enumFrom: 1},
	reflect.TypeFor[role.Priority]():        {name: "Priority", enumFrom: 1},
	reflect.TypeFor[skill.Level]():          {name: "SkillLevel", enumFrom: 1, aliases: []string{"1", "2", "3", "4", "5"}},
	reflect.TypeFor[skill.Kind]():           {name: "SkillKind", enumFrom: 1},
	reflect.TypeFor[skill.CredentialKind](): {name: "CredentialKind", enumFrom: 0, aliases: []string{"program"}},
	reflect.TypeFor[salary.Period]():        {name: "Period", enumFrom: 1, aliases: []string{"yearly"}},
	reflect.TypeFor[salary.Statistic]():     {name: "Statistic", enumFrom: 1},
	reflect.TypeFor[role.Years]():           {name: "Years", enumFrom: -1, schema: jsonSchema{Type: "string", Pattern: yearsPattern}},
	reflect.TypeFor[salary.Currency]():      {name: "Currency", enumFrom: -1, schema: jsonSchema{Type: "string", Pattern: currencyPat}},
	reflect.TypeFor[salary.Amount]():        {name: "Amount", enumFrom: -1, schema: jsonSchema{Type: []string{"number", "string"}, Minimum: ptr(0.0), Pattern: amountPattern}},
}

// enumNames returns the text forms of the values of t from the value from
// on, up to the first value that does not marshal.
func enumNames(t reflect.Type, from int) []string {
	var names []string
	for i := from; i < 256; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil || len(b) == 0 {
			break
		}
		names = append(names, string(b))
	}
	return names
}

// structRules are the rules a struct checks as a whole (internal/valid),
// as far as JSON Schema can say them. Keyed by $defs name.
var structRules = map[string]func(s *jsonSchema){
	"Salary": func(s *jsonSchema) {
		openEnded := &jsonSchema{Required: []string{"open_ended"}, Properties: orderedSchemas{{"open_ended", &jsonSchema{Const: true}}}}
		s.If = &jsonSchema{Properties: orderedSchemas{{"statistic", &jsonSchema{Const: "range"}}}}
		s.Then = &jsonSchema{
			Required: []string{"min"},
			AnyOf:    []*jsonSchema{{Required: []string{"max"}}, openEnded},
			Not:      &jsonSchema{Required: []string{"value"}},
		}
		s.Else = &jsonSchema{
			Required: []string{"value"},
			Not:      &jsonSchema{AnyOf: []*jsonSchema{{Required: []string{"min"}}, {Required: []string{"max"}}}},
		}
	},
	"Outlook": func(s *jsonSchema) {
		for _, k := range []string{"growth_percent", "average_growth_percent", "openings_per_year", "employment", "vacancies", "text"} {
			s.AnyOf = append(s.AnyOf, &jsonSchema{Required: []string{k}})
		}
	},
}

const (
	schemaTitle       = "rolemodel catalog"
	schemaDescription = "A catalog file of github.com/rolemodel/rolemodel: up to seven lists, all optional (sources, skills, certifications, families, ladders, grades and roles). Several files may split one catalog between them; their lists are joined and validated together. The loader also checks what a schema cannot: unique IDs, titles and aliases, that every referenced source, skill, certification, family, ladder, grade and role exists, that family parents form no cycle, that grades have distinct ranks and one band per region, min <= mid <= max, that a figure has no more decimals than its currency, that a quote or a description cites only sources its entry lists, that an outlook qualifier names a figure its entry gives, and that a name source without a note names the role's title or an alias."
)

// schemaDescriptions describes each $defs entry (by name) and each property
// ("GoType.json_name"). The generator fails on a missing or unused entry.
var schemaDescriptions = map[string]string{
	"document.sources":        "The documents the catalog's facts come from.",
	"document.skills":         "Skills, referenced by roles and certifications through their IDs.",
	"document.certifications": "Certifications and programmes, referenced by roles through their IDs.",
	"document.roles":          "Job roles.",
	"document.families":       "Job families; a family's parent makes it a sub-family.",
	"document.ladders":        "Career ladders: the ordered rungs of a family's roles.",
	"document.grades":         "Pay grades, ranked, each with its pay bands per region.",
	"Family":                  "A job family: a group of jobs that share a kind of work. A parent makes it a sub-family.",
	"Family.id":               "The family's ID, a lower-case slug unique among families.",
	"Family.title":            "The family's name.",
	"Family.description":      "What the family covers.",
	"Family.parent":           "The ID of the family this one is a sub-family of; omitted for a top-level family.",
	"Family.sources":          "IDs of the catalog sources it comes from; optional for a catalog's own data.",
	"Ladder":                  "A career ladder: the ordered rungs of one family's roles. Roles place themselves on it with ladder and rank; consecutive rungs imply advancement moves.",
	"Ladder.id":               "The ladder's ID, a lower-case slug unique among ladders.",
	"Ladder.title":            "The ladder's name.",
	"Ladder.family":           "The job family the ladder belongs to; roles on the ladder must be in it or name none.",
	"Ladder.description":      "What the ladder covers.",
	"Ladder.sources":          "IDs of the catalog sources it comes from; optional for a catalog's own data.",
	"Grade":                   "A pay grade: a ranked step of a pay structure, with the pay band that applies in each region.",
	"Grade.id":                "The grade's ID, a lower-case slug unique among grades.",
	"Grade.title":             "The grade's name.",
	"Grade.rank":              "The grade's place in the pay structure, 1 for the lowest; no two grades share a rank.",
	"Grade.description":       "What the grade covers.",
	"Grade.pay":               "The pay bands of the grade, at most one per region.",
	"Grade.sources":           "IDs of the catalog sources it comes from; optional for a catalog's own data.",
	"PayBand":                 "The pay range of a grade in one region, with 0 < min <= mid <= max.",
	"PayBand.region":          "Where the band applies; omitted for a band that applies everywhere.",
	"PayBand.currency":        "The currency of the figures.",
	"PayBand.period":          "The span of time the figures are for.",
	"PayBand.min":             "The band's minimum.",
	"PayBand.mid":             "The band's midpoint, the market reference of the grade.",
	"PayBand.max":             "The band's maximum.",
	"PayBand.sources":         "IDs of the catalog sources it comes from; optional for a catalog's own data.",
	"Role.family":             "The job family the role belongs to; omitted when not stated.",
	"Role.ladder":             "The career ladder the role is a rung of; omitted when it is on none.",
	"Role.rank":               "The role's rung on its ladder, 1 for the entry rung; set exactly when ladder is.",
	"Role.grade":              "The pay grade of the role; omitted when not stated.",
	"Requirement.label":       "The level in the source's own words where it has its own proficiency scale (\"Working knowledge\"); gaps compare level.",

	"Source":           "A document a catalog's facts come from. Facts cite it by ID.",
	"Source.id":        "The source's ID, a lower-case slug unique among sources.",
	"Source.title":     "The document's title.",
	"Source.publisher": "The publisher, where the document states one.",
	"Source.author":    "The author, where the document states one.",
	"Source.published": "The publication date as the document gives it (text, not a date type).",
	"Source.url":       "Where the document can be found.",
	"Source.license":   "The document's licence.",
	"Source.note":      "A note about the source.",

	"Skill":                     "A catalog entry for one skill, referenced by roles and certifications through its ID.",
	"Skill.id":                  "The skill's ID, a lower-case slug unique among skills.",
	"Skill.name":                "The skill's name.",
	"Skill.kind":                "Whether the skill is hard or soft; omitted when the source does not say.",
	"Skill.category":            "Free text for grouping skills.",
	"Skill.description":         "What the skill is.",
	"Skill.aliases":             "Other names for the skill.",
	"Skill.sources":             "IDs of the catalog sources the entry is taken from.",
	"Skill.description_sources": "IDs of the sources that say the description, each also in sources; empty means every source in sources says it.",
	"Skill.note":                "How the catalog read its sources where a reader may ask, such as a source that names the skill but is not in sources.",
	"SkillKind":                 "hard (technical, teachable, testable) or soft (interpersonal).",

	"Certification":             "A certification or programme, with the skills it gives evidence of.",
	"Certification.id":          "The certification's ID, a lower-case slug unique among certifications.",
	"Certification.name":        "The certification's name.",
	"Certification.kind":        "An examined certification (the default) or a programme.",
	"Certification.acronym":     "The usual acronym, such as PMP.",
	"Certification.issuer":      "The body that awards it.",
	"Certification.description": "What the certification is.",
	"Certification.evidences":   "The skills a holder is taken to have, and at what level.",
	"Certification.sources":     "IDs of the catalog sources the entry is taken from.",
	"Certification.note":        "How the catalog read its sources where a reader may ask, such as why it evidences a skill its name does not spell out.",
	"CredentialKind":            "certification (an examined certification, the default) or programme (a course or executive programme); \"program\" is accepted for programme.",
	"Evidence":                  "One skill a certification evidences, and at what level.",
	"Evidence.skill":            "The ID of a catalog skill.",
	"Evidence.level":            "The level a holder is taken to have; omitted when not stated.",
	"SkillLevel":                "Proficiency on the catalog's five-step scale, lowest first: awareness, working, practitioner, advanced, expert. \"1\" to \"5\" are accepted for the steps by number.",

	"Role":                  "Everything a catalog records about one job. Every fact from a document carries the IDs of its sources.",
	"Role.id":               "The role's ID, a lower-case slug unique among roles; stable while titles change.",
	"Role.title":            "The role's title. Titles and aliases are unique across a catalog, ignoring case and spacing.",
	"Role.aliases":          "Other titles for the same role.",
	"Role.track":            "The career track; omitted when not stated.",
	"Role.level":            "The seniority; omitted when not stated.",
	"Role.descriptions":     "What the sources say the role is, one statement per source.",
	"Role.responsibilities": "The role's duties.",
	"Role.skills":           "The skills the role asks for. A role with none has no recorded requirements.",
	"Role.certifications":   "Certifications recommended or required for the role.",
	"Role.education":        "What the sources say about formal education, one entry per source statement.",
	"Role.experience":       "What the sources say about experience, one entry per source statement.",
	"Role.salaries":         "Pay figures, one entry per source; never averaged.",
	"Role.outlook":          "Statements about demand for the role, one per source statement.",
	"Role.industries":       "Sectors the sources name for the role.",
	"Role.reports_to":       "The roles this role reports to.",
	"Role.codes":            "Codes tying the role to public taxonomies.",
	"Role.entry_from":       "Roles people come from: each gives an entry transition to this role.",
	"Role.advancement_to":   "Roles people advance to: each gives an advancement transition from this role.",
	"Role.lateral_moves":    "Moves at the same level: each gives a lateral transition from this role.",
	"Role.transitions":      "Further explicit moves out of this role, each with a kind.",
	"Role.sources":          "IDs of every catalog source that describes this role.",
	"Role.name_sources":     "Which sources call the role by which name: one entry per name (the title, an alias, or with a note another name a source gives the role), with every source that uses it.",
	"NameSource":            "One name of a role with the sources that use it.",
	"NameSource.name":       "The name: the role's title or one of its aliases, or another name a source gives the role, whose note says why it is not an alias.",
	"NameSource.note":       "How the name was read where a source does not write it as spelled here, or what the source qualifies it with (\"in some organizations\").",
	"NameSource.sources":    "IDs of the catalog sources that use the name for the role; at least one.",
	"Role.technologies":     "The software and tools the sources say the role uses, one entry per product.",
	"Role.interests":        "The role's occupational interest scores on the six RIASEC types; omitted when no source rates them.",

	"Technology":               "A product a source says a role uses, software or a tool, with the category the source files it under and its demand flags.",
	"Technology.name":          "The product's name as the source gives it, such as \"Kubernetes\".",
	"Technology.category":      "The category the source files the product under (O*NET's commodity title, such as \"Application server software\").",
	"Technology.category_code": "The category's code in the source's classification (for O*NET, the UNSPSC commodity code, such as \"43232701\").",
	"Technology.hot":           "O*NET's Hot Technology flag: employers' job postings frequently ask for it, across occupations.",
	"Technology.in_demand":     "O*NET's In Demand flag: the job postings for this occupation in particular frequently ask for it.",
	"Technology.sources":       "IDs of the catalog sources it comes from.",

	"Interests":               "A role's occupational interest profile on the six RIASEC types (Holland), each scored on O*NET's Occupational Interests scale, 1-7, with the high-point code.",
	"Interests.realistic":     "Realistic: work with things, tools, machines, plants or animals (1-7).",
	"Interests.investigative": "Investigative: work with ideas, searching for facts and solving problems by thought (1-7).",
	"Interests.artistic":      "Artistic: work with forms, designs and patterns, with self-expression (1-7).",
	"Interests.social":        "Social: work with people, teaching, helping or serving them (1-7).",
	"Interests.enterprising":  "Enterprising: starting up and carrying out projects, leading people and making decisions (1-7).",
	"Interests.conventional":  "Conventional: following set procedures and routines, working with data and detail (1-7).",
	"Interests.high_point":    "The initials of the types the work suits most, highest first: one to three distinct letters of RIASEC, such as \"ICR\".",
	"Interests.sources":       "IDs of the catalog sources the scores come from.",

	"Track":     "The career family: individual-contributor or management.",
	"RoleLevel": "Seniority on one ordered scale, most junior first: individual-contributor, lead, manager, senior-manager, director, senior-director, vice-president, executive.",

	"Statement":         "A sentence or paragraph from the sources, with their IDs.",
	"Statement.text":    "The statement.",
	"Statement.sources": "IDs of the catalog sources it comes from.",

	"Responsibility":          "One duty of a role, grouped by area and ranked where the source ranks it.",
	"Responsibility.area":     "The area the duty belongs to, such as \"Strategic Planning\".",
	"Responsibility.text":     "The duty.",
	"Responsibility.priority": "primary or secondary; omitted when the source does not rank duties.",
	"Responsibility.sources":  "IDs of the catalog sources it comes from.",
	"Responsibility.note":     "How the duty was read where a reader may ask, such as a list the source gives without a heading.",
	"Responsibility.id":       "The source's own identifier of the duty, where it has one (O*NET's Task ID, \"8823\"); not a catalog ID.",
	"Priority":                "Whether a responsibility is one of a role's primary functions or a secondary one.",

	"Requirement":           "One skill a role asks for: at what level, and whether it is essential.",
	"Requirement.skill":     "The ID of a catalog skill.",
	"Requirement.level":     "The level needed; omitted when the source states none.",
	"Requirement.essential": "Whether the skill is essential (true) or optional (false, the default).",
	"Requirement.text":      "What the sources say about the skill for this role: words every source in sources says.",
	"Requirement.sources":   "IDs of the catalog sources it comes from.",
	"Requirement.quotes":    "Each source's own words about the skill, where the sources do not share one text; every source a quote cites is in sources.",
	"Quote":                 "Words sources say, verbatim, with the IDs of the sources that say them.",
	"Quote.text":            "The words, verbatim.",
	"Quote.sources":         "IDs of the catalog sources that say the text; at least one.",

	"CertificationRef":               "A catalog certification recommended, or required, for a role.",
	"CertificationRef.certification": "The ID of a catalog certification.",
	"CertificationRef.required":      "True when the source demands the certification rather than recommends it.",
	"CertificationRef.text":          "What the sources say about it: words every source in sources says.",
	"CertificationRef.sources":       "IDs of the catalog sources it comes from.",
	"CertificationRef.quotes":        "Each source's own words about it, where the sources do not share one text; every source a quote cites is in sources.",

	"Education":              "What one source says a role needs in formal education.",
	"Education.minimum":      "The minimum degree; omitted when the source names none.",
	"Education.preferred":    "Degrees the source prefers, with its wording.",
	"Education.fields":       "Fields of study the source names.",
	"Education.text":         "What the source says.",
	"Education.sources":      "IDs of the catalog sources it comes from.",
	"Education.note":         "How the statement was read where the source's words are not those of the fields (a degree that \"may\" be required, recorded as preferred).",
	"Education.distribution": "How the people a source surveyed answer the question of the education the role requires: the percentage of respondents per category, lowest level first, as the source reports them (O*NET's Required Level of Education). No single figure is derived from it.",
	"Degree":                 "A level of formal education, lowest first: high-school, associate, bachelor, master, doctorate.",

	"Qualification":        "A degree a source names, with its wording.",
	"Qualification.degree": "The level of the degree; omitted when not stated.",
	"Qualification.name":   "The degree as the source names it.",

	"Experience":                  "What one source says a role needs in experience.",
	"Experience.years":            "Years of experience in all.",
	"Experience.leadership_years": "Years of experience in leadership.",
	"Experience.preferred":        "True for a preference rather than a requirement.",
	"Experience.text":             "What the source says.",
	"Experience.sources":          "IDs of the catalog sources it comes from.",
	"Experience.note":             "How the statement was read where the source's words are not those of the fields (\"at least 5-7 years\" written 5-7+).",
	"Experience.distribution":     "How the people a source surveyed answer the question of the experience the role requires: the percentage of respondents per category, least first, as the source reports them (O*NET's Related Work Experience). years is not derived from it.",
	"Experience.job_zone":         "The O*NET job zone (1-5) the source places the role in: how much preparation it needs; 0 or absent when none.",

	"Share":               "One category of a distribution a source reports: the category in the source's words and the percentage of respondents who chose it.",
	"Share.category":      "The category in the source's words, such as \"Bachelor's Degree\".",
	"Share.percent":       "The share of respondents in the category, 0-100, as the source reports it.",
	"Share.low_precision": "True for an estimate the source says is too imprecise to rely on (O*NET's Recommend Suppress); kept so that the distribution stays whole.",
	"Years":               "A span of years as job descriptions write it: \"N\", \"N+\", \"N-M\" or \"N-M+\" such as \"10-15+\" (ten to fifteen, and more is common), with 0 <= N <= M <= 80.",

	"Salary":            "One source's pay figure for a role: a range (statistic range: min, and max or open_ended) or a single value (any other statistic; open_ended when it is a lower bound). Amounts are in major units of currency.",
	"Salary.statistic":  "What the figure reports.",
	"Salary.currency":   "The currency of the figures.",
	"Salary.min":        "The low end of a range.",
	"Salary.max":        "The high end of a range.",
	"Salary.open_ended": "True when the range has no upper bound or more is common (\"$250,000+\"), or when a single figure is a lower bound (a top-coded percentile).",
	"Salary.value":      "The figure of an average, median or percentile.",
	"Salary.period":     "The span of time the figure is for.",
	"Salary.region":     "Where the figure applies.",
	"Salary.year":       "The year the figure is for, where the source gives one.",
	"Salary.text":       "The figure as the source writes it: \"$150,000 - $250,000+\".",
	"Salary.note":       "A note on how the figure was read.",
	"Salary.sources":    "IDs of the catalog sources it comes from; at least one.",
	"Statistic":         "What a pay figure reports: a range (min to max), an average (mean), a median, or a percentile.",
	"Currency":          "An ISO 4217 currency code, three letters such as USD (lower case is accepted). The loader rejects codes that are not in ISO 4217.",
	"Amount":            "An exact, non-negative decimal figure in major currency units (150000, 68.50), with at most 4 decimal places and no sign, separators or exponent. Written as a bare number; a string holding one is also accepted.",
	"Period":            "The span of time a pay figure is for: hourly, daily, weekly, monthly or annual (\"yearly\" is accepted for annual).",

	"Outlook":                        "One source's statement about demand for a role, with at least one figure or a text, and the preparation it says the role typically needs.",
	"Outlook.region":                 "The region the statement is about.",
	"Outlook.scope":                  "What the figure counts, in the source's words.",
	"Outlook.growth_percent":         "Projected growth over the period, in percent.",
	"Outlook.average_growth_percent": "Average growth for all occupations over the period, in percent.",
	"Outlook.from_year":              "The first year of the period.",
	"Outlook.to_year":                "The last year of the period.",
	"Outlook.openings_per_year":      "Projected openings each year.",
	"Outlook.employment":             "The number of people employed in the role.",
	"Outlook.projected_employment":   "The number of people projected to be employed in the role at the end of the period (to_year).",
	"Outlook.vacancies":              "The number of open positions.",
	"Outlook.year":                   "The year a count (employment, vacancies) is for.",
	"Outlook.typical_education":      "The education typically needed to enter the role, in the source's words.",
	"Outlook.work_experience":        "The work experience in a related occupation typically needed, in the source's words.",
	"Outlook.training":               "The on-the-job training typically needed to become competent, in the source's words.",
	"Outlook.text":                   "What the source says.",
	"Outlook.sources":                "IDs of the catalog sources it comes from; at least one.",
	"Outlook.qualifiers":             "The words the source puts on its figures (\"about\", \"almost\", \"over\"), one per qualified figure; a figure without one is stated exactly.",
	"Outlook.note":                   "How the statement was read where a reader may ask: whose figure it is, and what it counts when that is wider than the role.",
	"Qualifier":                      "A source's hedge on one figure of an outlook entry: \"about\" in \"about 12% by 2026\".",
	"Qualifier.figure":               "The figure qualified, by its JSON name; the entry must give it.",
	"Qualifier.word":                 "The qualifier as the source writes it, such as \"about\" or \"just above\".",

	"Industry":         "A sector a source names for the role.",
	"Industry.name":    "The sector.",
	"Industry.note":    "A note about it.",
	"Industry.sources": "IDs of the catalog sources it comes from.",

	"Codes":          "Codes that tie a role to public taxonomies.",
	"Codes.onet_soc": "An O*NET-SOC code, NN-NNNN.NN (11-3021.00).",
	"Codes.isco_08":  "An ISCO-08 group code of one to four digits (1330).",
	"Codes.esco":     "An ESCO occupation concept URI.",
	"Codes.note":     "How the codes were chosen, where a reader may ask.",
	"Codes.sources":  "The IDs of the sources the codes are taken from.",

	"Codes.esco_code": "The occupation's ESCO code: its ISCO-08 unit group, a dot and its place below it (2654.1.7).",

	"Ref":         "Another role, with the sources that link the two and optional weights for the move.",
	"Ref.role":    "The ID of a catalog role.",
	"Ref.years":   "The typical time, in years, spent before the move.",
	"Ref.index":   "How related a source says the two roles are, in its own direction: a rank where 1 is closest, or a similarity where higher is closer.",
	"Ref.sources": "IDs of the catalog sources it comes from.",

	"Move":         "An explicit transition out of a role.",
	"Move.to":      "The ID of the catalog role the move leads to.",
	"Move.kind":    "The kind of move: entry, advancement or lateral.",
	"Move.years":   "The typical time, in years, spent before the move.",
	"Move.index":   "How related a source says the two roles are, in its own direction: a rank where 1 is closest, or a similarity where higher is closer.",
	"Move.sources": "IDs of the catalog sources it comes from.",
}

// schemaGen builds the schema of a Go type by reflection.
type schemaGen struct {
	defs  orderedSchemas
	names map[reflect.Type]string // type -> $defs name
	used  map[string]bool         // schemaDescriptions keys used
	errs  []error
}

func (g *schemaGen) fail(format string, args ...any) {
	g.errs = append(g.errs, fmt.Errorf(format, args...))
}

func (g *schemaGen) describe(key string) string {
	d, ok := schemaDescriptions[key]
	if !ok || d == "" {
		g.fail("schemaDescriptions has no entry %q", key)
	}
	g.used[key] = true
	return d
}

// generateSchema returns the catalog file format's schema, formatted as it
// is stored in catalog.schema.json.
func generateSchema() ([]byte, error) {
	g := &schemaGen{names: map[reflect.Type]string{}, used: map[string]bool{}}
	root := g.object(reflect.TypeFor[document](), "document")
	root.Schema = "https://json-schema.org/draft/2020-12/schema"
	root.ID = schemaID
	root.Title = schemaTitle
	root.Description = schemaDescription
	root.Defs = g.defs
	for k := range schemaDescriptions {
		if !g.used[k] {
			g.fail("schemaDescriptions has an unused entry %q", k)
		}
	}
	for k := range structRules {
		if !slices.ContainsFunc(g.defs, func(n namedSchema) bool { return n.name == k }) {
			g.fail("structRules has an entry for %q, which is not in $defs", k)
		}
	}
	if err := errors.Join(g.errs...); err != nil {
		return nil, err
	}
	b, err := marshalJSON(root)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// ref returns a reference to the $defs entry of t, adding it on first use.
func (g *schemaGen) ref(t reflect.Type) *jsonSchema {
	if name, ok := g.names[t]; ok {
		return &jsonSchema{Ref: "#/$defs/" + name}
	}
	var name string
	tt, isText := textTypes[t]
	if isText {
		name = tt.name
	} else {
		name = t.Name()
	}
	for _, n := range g.defs {
		if n.name == name {
			g.fail("two types are named %q in $defs: give one a name in textTypes", name)
		}
	}
	g.names[t] = name
	i := len(g.defs)
	g.defs = append(g.defs, namedSchema{name: name}) // reserved: parents come before children
	var s *jsonSchema
	if isText {
		s = g.text(t, tt)
	} else {
		s = g.object(t, name)
	}
	s.Description = g.describe(name)
	g.defs[i].schema = s
	return &jsonSchema{Ref: "#/$defs/" + name}
}

func (g *schemaGen) text(t reflect.Type, tt textType) *jsonSchema {
	s := tt.schema
	if tt.enumFrom >= 0 {
		s.Type = "string"
		s.Enum = append(enumNames(t, tt.enumFrom), tt.aliases...)
		if len(s.Enum) == len(tt.aliases) {
			g.fail("%v: no names found for the enumeration", t)
		}
	}
	return &s
}

// object returns the schema of struct type t; key names its entries in
// schemaDescriptions.
func (g *schemaGen) object(t reflect.Type, key string) *jsonSchema {
	s := &jsonSchema{Type: "object", AdditionalProperties: ptr(false)}
	for f := range fieldsOfType(t) {
		if f.Anonymous {
			g.fail("%v.%s: embedded fields are not supported", t, f.Name)
			continue
		}
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			g.fail("%v.%s: no json name", t, f.Name)
			continue
		}
		where := fmt.Sprintf("%v.%s", t, f.Name)
		fieldRules, elemRules, hasDive := strings.Cut(f.Tag.Get("validate"), ",dive")
		if strings.HasPrefix(f.Tag.Get("validate"), "dive") {
			fieldRules, elemRules, hasDive = "", strings.TrimPrefix(f.Tag.Get("validate"), "dive"), true
		}
		elemRules = strings.TrimPrefix(elemRules, ",")
		p := g.typeSchema(f.Type)
		required := g.apply(p, f.Type, split(fieldRules), where)
		if hasDive {
			if f.Type.Kind() != reflect.Slice || p.Items == nil {
				g.fail("%s: dive on a field that is not a list", where)
			} else {
				g.apply(p.Items, f.Type.Elem(), split(elemRules), where+"[]")
			}
		}
		p.Description = g.describe(key + "." + name)
		s.Properties = append(s.Properties, namedSchema{name, p})
		if required {
			s.Required = append(s.Required, name)
		}
	}
	if rule, ok := structRules[key]; ok {
		rule(s)
	}
	return s
}

func fieldsOfType(t reflect.Type) func(yield func(reflect.StructField) bool) {
	return func(yield func(reflect.StructField) bool) {
		for i := range t.NumField() {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

func split(rules string) []string {
	if rules == "" {
		return nil
	}
	return strings.Split(rules, ",")
}

// typeSchema returns the schema of a value of type t, before validate rules.
func (g *schemaGen) typeSchema(t reflect.Type) *jsonSchema {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if _, ok := textTypes[t]; ok {
		return g.ref(t)
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) || reflect.PointerTo(t).Implements(reflect.TypeFor[json.Unmarshaler]()) {
		g.fail("%v unmarshals itself: describe it in textTypes", t)
		return &jsonSchema{}
	}
	switch t.Kind() {
	case reflect.String:
		return &jsonSchema{Type: "string"}
	case reflect.Bool:
		return &jsonSchema{Type: "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &jsonSchema{Type: "integer"}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &jsonSchema{Type: "integer", Minimum: ptr(0.0)}
	case reflect.Float32, reflect.Float64:
		return &jsonSchema{Type: "number"}
	case reflect.Slice:
		return &jsonSchema{Type: "array", Items: g.typeSchema(t.Elem())}
	case reflect.Struct:
		return g.ref(t)
	}
	g.fail("%v: unsupported kind %v", t, t.Kind())
	return &jsonSchema{}
}

// apply adds the validate rules to s, the schema of a value of type t, and
// reports whether the rules make the key required: "required", or a
// minimum that the zero value (an absent key) fails.
func (g *schemaGen) apply(s *jsonSchema, t reflect.Type, rules []string, where string) (required bool) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	_, isText := textTypes[t]
	omitEmpty := slices.Contains(rules, "omitempty") || slices.Contains(rules, "omitnil")
	bound := func(rule string) (float64, bool) {
		_, v, _ := strings.Cut(rule, "=")
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			g.fail("%s: bad bound in %q", where, rule)
			return 0, false
		}
		if isText {
			g.fail("%s: %q on a text type is not supported", where, rule)
			return 0, false
		}
		return n, true
	}
	for _, rule := range rules {
		name, _, _ := strings.Cut(rule, "=")
		switch name {
		case "omitempty", "omitnil":
		case "required":
			required = true
			switch {
			case isText || t.Kind() == reflect.Struct:
				// the text type's schema does not allow its zero value
			case t.Kind() == reflect.String:
				s.MinLength = ptr(1)
			case t.Kind() == reflect.Slice:
				s.MinItems = ptr(1)
			default:
				g.fail("%s: required on %v is not supported", where, t)
			}
		case "min", "max":
			n, ok := bound(rule)
			if !ok {
				continue
			}
			var p **int
			switch t.Kind() {
			case reflect.String:
				p = &s.MinLength
				if name == "max" {
					p = &s.MaxLength
				}
			case reflect.Slice:
				p = &s.MinItems
				if name == "max" {
					g.fail("%s: max on a list is not supported", where)
					continue
				}
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Float32, reflect.Float64:
				if name == "min" {
					s.Minimum = ptr(n)
				} else {
					s.Maximum = ptr(n)
				}
			default:
				g.fail("%s: %s on %v is not supported", where, name, t)
				continue
			}
			if p != nil {
				*p = ptr(int(n))
			}
			if name == "min" && n > 0 && !omitEmpty {
				required = true // the zero value, an absent key, fails
			}
		case "oneof":
			_, v, _ := strings.Cut(rule, "=")
			s.Enum = strings.Fields(v)
		case "slug":
			s.Pattern, s.MaxLength = slugPattern, ptr(slugMaxLength)
		case "onetsoc":
			s.Pattern = onetSOCPattern
		case "isco08":
			s.Pattern = isco08Pattern
		case "riasec":
			s.Pattern = riasecPattern // the letters must also be distinct, which the loader checks
		case "escocode":
			s.Pattern = escoPattern
		case "url":
			s.Format = "uri"
		case "level":
			if !isText {
				g.fail("%s: level on %v", where, t)
			}
			// validity is the enumeration of the text type
		default:
			g.fail("%s: validate rule %q is not known to the schema generator", where, rule)
		}
	}
	return required
}

func TestSchemaIsCurrent(t *testing.T) {
	got, err := generateSchema()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(schemaFile, got, 0o644))
		t.Logf("wrote %s", schemaFile)
		return
	}
	want, err := os.ReadFile(schemaFile)
	require.NoError(t, err, "run go test -run TestSchemaIsCurrent -update to create it")
	assert.Equal(t, string(want), string(got), "%s is out of date: run go test -run TestSchemaIsCurrent -update", schemaFile)
}

// TestSchemaTextTypes checks that every name the schema allows for a text
// type is one the Go type reads, and that its patterns agree with the Go
// parsers on sample input.
func TestSchemaTextTypes(t *testing.T) {
	for typ, tt := range textTypes {
		if tt.enumFrom < 0 {
			continue
		}
		for _, name := range append(enumNames(typ, tt.enumFrom), tt.aliases...) {
			v := reflect.New(typ).Interface().(encoding.TextUnmarshaler)
			assert.NoError(t, v.UnmarshalText([]byte(name)), "%v: %q", typ, name)
		}
	}
	samples := []struct {
		pattern string
		parse   func(string) error
		inputs  []string
	}{
		{yearsPattern, func(s string) error { _, err := role.ParseYears(s); return err },
			[]string{"0", "3", "10+", "5-7", "10-15+", "80", "0-80+", "81", "100", "5-", "-5", "+", "ten", "5--7", "", "5-7++"}},
		{currencyPat, func(s string) error { _, err := salary.ParseCurrency(s); return err },
			[]string{"USD", "usd", "GBP", "US", "USDX", "U5D", ""}},
		{amountPattern, func(s string) error { _, err := salary.ParseAmount(s); return err },
			[]string{"0", "150000", "68.5", "68.50", "1.2345", "1.23456", "-1", "1e5", "1,000", ".5", "5.", "+5", ""}},
		{slugPattern, func(s string) error { return bool2err(valid.IsSlug(s)) },
			[]string{"a", "it-director", "a1-b2", "A", "a_b", "-a", "a-", "a--b", ""}},
		{onetSOCPattern, func(s string) error { return bool2err(valid.IsONetSOC(s)) },
			[]string{"11-3021.00", "15-1252.00", "11-3021", "113021.00", "11-3021.0a"}},
		{isco08Pattern, func(s string) error { return bool2err(valid.IsISCO08(s)) },
			[]string{"1", "1330", "13300", "13a", ""}},
		// Repeated letters ("II") are refused by the Go rule alone.
		{riasecPattern, func(s string) error { return bool2err(valid.IsHighPoint(s)) },
			[]string{"I", "ICR", "RIAS", "ric", "X", "IC ", ""}},
		{escoPattern, func(s string) error { return bool2err(valid.IsESCOCode(s)) },
			[]string{"2512.4", "2654.1.7", "0110.1", "2512", "251.4", "2512.", "2512.12345", "2512.1.2.3.4.5.6.7.8", "2512.1.2.3.4.5.6.7.8.9", ""}},
	}
	for _, sm := range samples {
		re := regexp.MustCompile(sm.pattern)
		for _, in := range sm.inputs {
			// Currency codes the pattern allows may still be unknown to
			// ISO 4217, and spans such as "7-5" are refused by the
			// parser alone; the samples avoid both.
			assert.Equal(t, sm.parse(in) == nil, re.MatchString(in), "pattern %s and the Go parser disagree on %q", sm.pattern, in)
		}
	}
}

func bool2err(ok bool) error {
	if ok {
		return nil
	}
	return errors.New("no")
}

// compileSchema compiles catalog.schema.json, checking it against the 2020-12
// metaschema, with format assertions on.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(schemaID, doc))
	sch, err := c.Compile(schemaID)
	require.NoError(t, err)
	return sch
}

// yamlToJSON turns a YAML node into the values encoding/json would give for
// the same data (map[string]any, []any, json.Number, string, bool, nil),
// reading scalars the way the catalog loader does: timestamps are strings.
func yamlToJSON(n *yaml.Node) (any, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return yamlToJSON(n.Content[0])
	case yaml.AliasNode:
		return yamlToJSON(n.Alias)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := yamlToJSON(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[n.Content[i].Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := yamlToJSON(c)
			if err != nil {
				return nil, err
			}
			s = append(s, v)
		}
		return s, nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return nil, nil
		case "!!bool":
			var b bool
			err := n.Decode(&b)
			return b, err
		case "!!int":
			var i int64
			if err := n.Decode(&i); err != nil {
				return nil, err
			}
			return json.Number(strconv.FormatInt(i, 10)), nil
		case "!!float":
			var f float64
			if err := n.Decode(&f); err != nil {
				return nil, err
			}
			b, err := json.Marshal(f) // fails on NaN and infinities
			return json.Number(b), err
		case "!!str", "!!timestamp":
			return n.Value, nil
		}
		return nil, fmt.Errorf("line %d: unsupported YAML tag %s", n.Line, n.ShortTag())
	}
	return nil, fmt.Errorf("line %d: unsupported YAML node", n.Line)
}

// instanceOf parses a catalog file, JSON or YAML by name, into a value to
// validate.
func instanceOf(t *testing.T, name string, data []byte) any {
	t.Helper()
	if path.Ext(name) == ".json" {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		require.NoError(t, err, name)
		return v
	}
	var n yaml.Node
	require.NoError(t, yaml.Unmarshal(data, &n), name)
	v, err := yamlToJSON(&n)
	require.NoError(t, err, name)
	return v
}

// marshalledInstance marshals a catalog as JSON and parses it back.
func marshalledInstance(t *testing.T, c *Catalog) any {
	t.Helper()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return v
}

func TestExampleValidatesAgainstSchema(t *testing.T) {
	sch := compileSchema(t)
	const name = "testdata/example.yaml"
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(instanceOf(t, name, data)), name)

	c, err := LoadFile(name)
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(marshalledInstance(t, c)), "json.Marshal of %s", name)
}

func TestDefaultCatalogValidatesAgainstSchema(t *testing.T) {
	sch := compileSchema(t)
	fsys := DefaultFS()
	n := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch path.Ext(p) {
		case ".yaml", ".yml", ".json":
		default:
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		n++
		assert.NoError(t, sch.Validate(instanceOf(t, p, data)), p)
		return nil
	})
	require.NoError(t, err)
	require.NotZero(t, n, "the default catalog has no files")

	_, err = LoadFS(fsys)
	require.NoError(t, err, "the default catalog does not load")
	assert.NoError(t, sch.Validate(marshalledInstance(t, Default())), "json.Marshal(Default())")
}

// schemaBase is a small valid catalog the cases below break one way each.
const schemaBase = `{
  "sources": [{"id": "src", "title": "A Source", "url": "https://example.org/a"}],
  "skills": [{"id": "go", "name": "Go", "kind": "hard"}],
  "certifications": [{"id": "cert", "name": "A Cert", "kind": "certification", "evidences": [{"skill": "go", "level": "working"}]}],
  "roles": [{
    "id": "dev", "title": "Developer", "level": "individual-contributor", "track": "individual-contributor",
    "skills": [{"skill": "go", "level": "advanced", "essential": true}],
    "experience": [{"years": "3-5+", "sources": ["src"]}],
    "salaries": [
      {"statistic": "median", "currency": "USD", "value": 100000, "period": "annual", "sources": ["src"]},
      {"statistic": "range", "currency": "GBP", "min": 50000, "max": 60000.5, "period": "annual", "sources": ["src"]}
    ],
    "outlook": [{"region": "US", "growth_percent": 5, "sources": ["src"]}],
    "codes": {"onet_soc": "15-1252.00", "isco_08": "2512"},
    "sources": ["src"]
  }]
}`

func schemaCase(t *testing.T, from, to string) []byte {
	t.Helper()
	require.Contains(t, schemaBase, from)
	return []byte(strings.Replace(schemaBase, from, to, 1))
}

func validateBytes(sch *jsonschema.Schema, data []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	c, err := Load(strings.NewReader(schemaBase))
	require.NoError(t, err, "the base document must load")
	require.NotNil(t, c)
	require.NoError(t, validateBytes(sch, []byte(schemaBase)), "the base document must validate")

	cases := []struct{ name, from, to string }{
		{"unknown top-level field", `"sources": [`, `"jobs": [], "sources": [`},
		{"unknown role field", `"title": "Developer",`, `"title": "Developer", "salary": 1,`},
		{"unknown nested field", `"essential": true`, `"essential": true, "weight": 2`},
		{"bad slug id", `"id": "dev"`, `"id": "Dev_Role"`},
		{"slug with double hyphen", `"id": "go"`, `"id": "go--lang"`},
		{"bad currency", `"currency": "USD"`, `"currency": "US"`},
		{"title of the wrong type", `"title": "Developer"`, `"title": 5`},
		{"sources not a list", `"sources": ["src"]
  }]`, `"sources": "src"
  }]`},
		{"bad role level name", `"level": "individual-contributor"`, `"level": "boss"`},
		{"bad skill level name", `"level": "advanced"`, `"level": "guru"`},
		{"bad track", `"track": "individual-contributor"`, `"track": "ic"`},
		{"bad period", `"period": "annual"`, `"period": "fortnightly"`},
		{"bad statistic", `"statistic": "median"`, `"statistic": "mode"`},
		{"negative amount", `"value": 100000`, `"value": -1`},
		{"amount with five decimals as text", `"value": 100000`, `"value": "1.23456"`},
		{"bad years", `"years": "3-5+"`, `"years": "three"`},
		{"missing required title", `"title": "Developer", `, ``},
		{"empty title", `"title": "Developer"`, `"title": ""`},
		{"salary without sources", `"period": "annual", "sources": ["src"]}`, `"period": "annual"}`},
		{"median without value", `"value": 100000, `, ``},
		{"range without min", `"min": 50000, `, ``},
		{"range with value", `"min": 50000,`, `"min": 50000, "value": 1,`},
		{"bad O*NET-SOC code", `"15-1252.00"`, `"15-1252"`},
		{"bad ISCO-08 code", `"2512"`, `"25120"`},
		{"relative url", `"https://example.org/a"`, `"example.org/a"`},
		{"growth below -100%", `"growth_percent": 5`, `"growth_percent": -101`},
		{"outlook without a figure", `"growth_percent": 5, `, ``},
		{"root not an object", schemaBase, `[]`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := schemaCase(t, tc.from, tc.to)
			assert.Error(t, validateBytes(sch, data), "the schema accepts:\n%s", data)
			// The schema must not be stricter than the loader: each of
			// these is an error there too.
			_, err := Load(bytes.NewReader(data))
			assert.Error(t, err, "the loader accepts what the schema rejects")
		})
	}
}

// TestSchemaAccepts checks forms the loader accepts besides the ones the
// catalog writes.
func TestSchemaAccepts(t *testing.T) {
	sch := compileSchema(t)
	cases := []struct{ name, from, to string }{
		{"amount as a string", `"value": 100000`, `"value": "100000.25"`},
		{"skill level by number", `"level": "advanced"`, `"level": "4"`},
		{"programme as program", `"kind": "certification"`, `"kind": "program"`},
		{"yearly for annual", `"period": "annual"`, `"period": "yearly"`},
		{"lower-case currency", `"currency": "USD"`, `"currency": "usd"`},
		{"open-ended range", `"max": 60000.5, `, `"open_ended": true, `},
		{"open-ended median", `"value": 100000`, `"value": 100000, "open_ended": true`},
		{"open years", `"years": "3-5+"`, `"years": "10+"`},
		{"no lists at all", schemaBase, `{}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := schemaCase(t, tc.from, tc.to)
			_, err := Load(bytes.NewReader(data))
			require.NoError(t, err, "the loader refuses the case itself")
			assert.NoError(t, validateBytes(sch, data))
		})
	}
}
