package rolemodel_test

// Tests that keep the default catalog to its sources, one per kind of
// fault an audit found (issue 13): names without sources, markings no
// source makes, skills whose sources miss a document that names them,
// figures that lose their qualifier or scope, links the sources do not
// state, and facts the sources list that the catalog does not hold. The
// quotes themselves are checked in catalog_quotes_test.go. Every test here
// reads the five job descriptions from ../shared/seeds and skips when they
// are absent.

import (
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
	"github.com/rolemodel/rolemodel/skill"
)

// ---- names (kind 3) ----

// nameStatements are the forms in which the seeds say what else the
// technology director is called; each name they give must be one the
// catalog cites to that seed.
var nameStatements = []*regexp.Regexp{
	regexp.MustCompile(`also known as (?:an? )?(.+?) in some organizations`),
	regexp.MustCompile(`names this role might be listed as, including (.+?)\.`),
	regexp.MustCompile(`Sometimes called (?:an? )?([^,]+),`),
	regexp.MustCompile(`\bA ([A-Z][^,]+), or ([A-Z][^,]+), is the`),
}

var andOr = regexp.MustCompile(`, | or `)

// factSources returns every source ID cited by a fact of v (a role), but
// not its own sources list nor its codes, which cite taxonomies.
func factSources(v reflect.Value, into map[string]bool, top bool) {
	switch v.Kind() {
	case reflect.Slice:
		for i := range v.Len() {
			factSources(v.Index(i), into, false)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			f := v.Field(i)
			switch {
			case name == "codes":
			case name == "sources" && f.Type() == reflect.TypeFor[[]string]():
				if !top {
					for k := range f.Len() {
						into[f.Index(k).String()] = true
					}
				}
			default:
				factSources(f, into, false)
			}
		}
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestRoleNamesCiteTheirSources checks that every title and alias of every
// role cites the sources that use it (name_sources), that each source it
// cites uses the name or the note quotes that source's words for it, that
// the names the seeds give the technology director are all cited, and that
// a role cites exactly the sources its facts and the edges into it cite.
func TestRoleNamesCiteTheirSources(t *testing.T) {
	seeds := loadSeeds(t)
	c := rolemodel.Default()
	into := map[role.ID]map[string]bool{} // sources of edges written on other roles
	for r := range c.Roles() {
		for _, list := range [][]role.Ref{r.ReportsTo, r.EntryFrom, r.AdvancementTo, r.LateralMoves} {
			for _, ref := range list {
				if into[ref.Role] == nil {
					into[ref.Role] = map[string]bool{}
				}
				for _, s := range ref.Sources {
					into[ref.Role][s] = true
				}
			}
		}
	}
	for r := range c.Roles() {
		for _, n := range r.Names() {
			k := slices.IndexFunc(r.NameSources, func(ns role.NameSource) bool { return fold(ns.Name) == fold(n) })
			assert.GreaterOrEqual(t, k, 0, "roles[%s]: the name %q cites no source: add it to name_sources", r.ID, n)
		}
		for _, ns := range r.NameSources {
			for _, id := range ns.Sources {
				assert.Contains(t, r.Sources, id, "roles[%s].name_sources[%s]: source %s is not among the role's sources", r.ID, ns.Name, id)
				d, ok := seeds[id]
				if !ok || names(d.text, ns.Name) {
					continue
				}
				assert.True(t, slices.ContainsFunc(quotedIn(ns.Note), func(q string) bool { return strings.Contains(d.text, q) }),
					"roles[%s].name_sources[%s]: %s does not use the name, and the note does not quote what it writes instead", r.ID, ns.Name, id)
			}
		}
		facts := map[string]bool{}
		factSources(reflect.ValueOf(r), facts, true)
		for s := range into[r.ID] {
			facts[s] = true
		}
		assert.Equal(t, keys(facts), slices.Sorted(slices.Values(r.Sources)),
			"roles[%s]: the role's sources must be exactly those its facts, names and the edges into it cite", r.ID)
	}

	td, ok := c.Role("technology-director")
	require.True(t, ok)
	found := 0
	for id, d := range seeds {
		for _, re := range nameStatements {
			for _, m := range re.FindAllStringSubmatch(d.text, -1) {
				for _, g := range m[1:] {
					for _, n := range andOr.Split(g, -1) {
						n = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(n), "(CTO)"))
						found++
						k := slices.IndexFunc(td.NameSources, func(ns role.NameSource) bool {
							return fold(ns.Name) == fold(n) && slices.Contains(ns.Sources, id)
						})
						assert.GreaterOrEqual(t, k, 0, "%s calls the technology director %q: name_sources must cite it", id, n)
					}
				}
			}
		}
	}
	assert.GreaterOrEqual(t, found, 8, "the seeds' statements of names were not found: has their wording changed?")
}

// ---- markings (kind 2) ----

var rankingWords = regexp.MustCompile(`(?i)primary responsibilit|top of the list of duties|#1 focus`)

// rankedItems returns the list items of a seed under its "Primary
// Functions" and "Secondary Functions" headings, with the rank each gives.
func rankedItems(d *seedDoc, raw string) map[string]role.Priority {
	out := map[string]role.Priority{}
	var cur role.Priority
	for _, l := range strings.Split(raw, "\n") {
		n := normalize(l)
		switch {
		case n == "":
		case n == "Primary Functions":
			cur = role.Primary
		case n == "Secondary Functions":
			cur = role.Secondary
		case listItem.MatchString(l):
			if cur != 0 {
				out[normalize(listItem.FindStringSubmatch(l)[1])] = cur
			}
		default:
			cur = 0
		}
	}
	return out
}

// TestDutyMarkingsAreTheSources checks each duty's priority and area
// against the seeds: a duty is primary or secondary only where its source
// files it under "Primary Functions" or "Secondary Functions" or ranks it
// in its own words, and then it must be; every sentence of a seed that
// ranks a duty is held as a primary duty; and a duty's area is a heading
// or label its source gives shortly before it.
func TestDutyMarkingsAreTheSources(t *testing.T) {
	seeds := loadSeeds(t)
	ranked := map[string]map[string]role.Priority{}
	for id, d := range seeds {
		ranked[id] = rankedItems(d, rawSeed(t, d))
	}
	td, ok := rolemodel.Default().Role("technology-director")
	require.True(t, ok)
	for r := range rolemodel.Default().Roles() {
		for i, resp := range r.Responsibilities {
			text := normalize(resp.Text)
			for _, id := range resp.Sources {
				d, ok := seeds[id]
				if !ok {
					continue
				}
				var want role.Priority
				for item, p := range ranked[id] {
					if strings.Contains(item, text) {
						want = p
					}
				}
				if rankingWords.MatchString(text) {
					want = role.Primary
				}
				assert.Equal(t, want, resp.Priority, "roles[%s].responsibilities[%d] %q: %s ranks it %q", r.ID, i, cut(resp.Text), id, want)
				if resp.Area == "" {
					continue
				}
				at := strings.Index(d.text, text)
				if at < 0 {
					continue // reported by TestCatalogQuotesAreTheirSourcesWords
				}
				before := d.text[max(0, at-1500):at]
				assert.True(t, hasPhrase(fold(before), fold(resp.Area)),
					"roles[%s].responsibilities[%d]: the area %q is not a heading or label %s gives before the duty", r.ID, i, resp.Area, id)
			}
		}
	}
	sentences := regexp.MustCompile(`[^.!?]*(?:primary responsibilit|top of the list of duties)[^.!?]*[.!?]`)
	n := 0
	for id, d := range seeds {
		for _, s := range sentences.FindAllString(d.text, -1) {
			n++
			held := slices.ContainsFunc(td.Responsibilities, func(r role.Responsibility) bool {
				return r.Priority == role.Primary && slices.Contains(r.Sources, id) && strings.Contains(s, normalize(r.Text)) && rankingWords.MatchString(r.Text)
			})
			assert.True(t, held, "%s ranks a duty (%q): the catalog must hold it as a primary duty", id, cut(strings.TrimSpace(s)))
		}
	}
	assert.NotZero(t, n, "no seed ranks a duty in its own words: has their wording changed?")
}

// rawSeed returns a seed's text before normalization (markdown dropped).
func rawSeed(t *testing.T, d *seedDoc) string {
	t.Helper()
	b, err := readSeedFile(d.file)
	require.NoError(t, err)
	return unmark(b)
}

// ---- skills' sources (kind 4) ----

// TestSkillsCiteEverySourceThatNamesThem checks skills.yaml's rule that a
// skill's sources are every source that names it (by its name or an alias):
// a source that names it and is not cited must be explained in the skill's
// note; a cited source must name it or be quoted on a requirement of it.
// It also checks that each requirement's sources are its skill's, and that
// each of them is covered by the requirement's text or a quote.
func TestSkillsCiteEverySourceThatNamesThem(t *testing.T) {
	seeds := loadSeeds(t)
	c := rolemodel.Default()
	quoted := map[skill.ID]map[string]bool{}   // skill -> sources whose words a requirement quotes
	required := map[skill.ID]map[string]bool{} // skill -> sources of its requirements
	for r := range c.Roles() {
		for i, req := range r.Skills {
			if quoted[req.Skill] == nil {
				quoted[req.Skill], required[req.Skill] = map[string]bool{}, map[string]bool{}
			}
			covered := map[string]bool{}
			for _, id := range req.Sources {
				required[req.Skill][id] = true
				if req.Text != "" {
					covered[id] = true
				}
			}
			for _, q := range req.Quotes {
				for _, id := range q.Sources {
					covered[id] = true
				}
			}
			for _, id := range req.Sources {
				quoted[req.Skill][id] = quoted[req.Skill][id] || covered[id]
				assert.True(t, covered[id], "roles[%s].skills[%d] (%s): source %s is cited without its words: give it a quote", r.ID, i, req.Skill, id)
			}
		}
	}
	for s := range c.Skills() {
		assert.Equal(t, keys(required[s.ID]), slices.Sorted(slices.Values(s.Sources)),
			"skills[%s]: its sources must be those of the requirements on it", s.ID)
		for _, id := range slices.Sorted(func(yield func(string) bool) {
			for id := range seeds {
				if !yield(id) {
					return
				}
			}
		}) {
			d := seeds[id]
			named := slices.ContainsFunc(append([]string{s.Name}, s.Aliases...), func(n string) bool { return names(d.text, n) })
			cited := slices.Contains(s.Sources, id)
			switch {
			case named && !cited:
				assert.Contains(t, s.Note, id, "skills[%s]: %s names it but is not among its sources: cite it, or say in note why not", s.ID, id)
			case cited && !named:
				assert.True(t, quoted[s.ID][id], "skills[%s]: %s is cited, but names it by neither its name nor an alias, and no requirement quotes it", s.ID, id)
			}
		}
	}
}

// ---- figures (kind 5) ----

var (
	numberRE    = regexp.MustCompile(`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%| per cent)?|\b(one|two|three|four|five|six|seven|eight|nine|ten) (million|thousand)\b`)
	hedgeRE     = regexp.MustCompile(`(?i)\b(about|almost|nearly|over|more than|just above|just over|around|approximately|roughly|up to|at least)\s+$`)
	smallNumber = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
	atLeastRE   = regexp.MustCompile(`at least (\d+(?:-\d+)?) years`)
	boundRE     = regexp.MustCompile(`(?i)^(just above|above|just over|over|more than|at least)\b`)
)

// figureIn finds value in text, as a percentage when percent is true, and
// returns the qualifier written before it ("about") and whether it was
// found.
func figureIn(text string, value float64, percent bool) (hedge string, found bool) {
	for _, m := range numberRE.FindAllStringSubmatchIndex(text, -1) {
		var v float64
		isPercent := false
		if m[2] >= 0 {
			v, _ = strconv.ParseFloat(strings.ReplaceAll(text[m[2]:m[3]], ",", ""), 64)
			isPercent = m[4] >= 0
		} else {
			v = smallNumber[text[m[6]:m[7]]] * map[string]float64{"million": 1e6, "thousand": 1e3}[text[m[8]:m[9]]]
		}
		if isPercent != percent || math.Abs(v-value) > 1e-9 {
			continue
		}
		if h := hedgeRE.FindStringSubmatch(text[:m[0]]); h != nil {
			return strings.ToLower(h[1]), true
		}
		return "", true
	}
	return "", false
}

// TestFiguresKeepTheirQualifiersAndScope checks that every outlook figure
// is stated in the entry's text, that the qualifier the text puts before it
// ("about", "over") is recorded for it and no other is, and that every
// entry with a figure says what it counts (scope). It also checks that "at
// least N years" is written open-ended, and that a pay figure the text
// states as a lower bound ("just above") says so in its note.
func TestFiguresKeepTheirQualifiersAndScope(t *testing.T) {
	loadSeeds(t) // the texts are the seeds' words (TestCatalogQuotesAreTheirSourcesWords)
	for r := range rolemodel.Default().Roles() {
		for i, o := range r.Outlook {
			text := normalize(o.Text)
			figs := []struct {
				name    string
				v       float64
				set     bool
				percent bool
			}{
				{"growth_percent", deref(o.GrowthPercent), o.GrowthPercent != nil, true},
				{"average_growth_percent", deref(o.AverageGrowthPercent), o.AverageGrowthPercent != nil, true},
				{"openings_per_year", float64(o.OpeningsPerYear), o.OpeningsPerYear != 0, false},
				{"employment", float64(o.Employment), o.Employment != 0, false},
				{"projected_employment", float64(o.ProjectedEmployment), o.ProjectedEmployment != 0, false},
				{"vacancies", float64(o.Vacancies), o.Vacancies != 0, false},
			}
			hasFigure := false
			for _, f := range figs {
				if !f.set {
					continue
				}
				hasFigure = true
				hedge, found := figureIn(text, f.v, f.percent)
				if !assert.True(t, found, "roles[%s].outlook[%d].%s: %v is not stated in the entry's text", r.ID, i, f.name, f.v) {
					continue
				}
				assert.Equal(t, hedge, o.QualifierOf(f.name), "roles[%s].outlook[%d].%s: the text qualifies it %q", r.ID, i, f.name, hedge)
			}
			for _, q := range o.Qualifiers {
				assert.True(t, hasPhrase(strings.ToLower(text), strings.ToLower(q.Word)), "roles[%s].outlook[%d]: the qualifier %q is not in the text", r.ID, i, q.Word)
			}
			if hasFigure {
				assert.NotEmpty(t, o.Scope, "roles[%s].outlook[%d]: a figure without a scope reads as a figure for the role: say what it counts", r.ID, i)
			}
		}
		for i, e := range r.Experience {
			for _, m := range atLeastRE.FindAllStringSubmatch(e.Text, -1) {
				ok := e.Years.String() == m[1]+"+" || e.LeadershipYears.String() == m[1]+"+"
				assert.True(t, ok, "roles[%s].experience[%d]: the text says \"at least %s years\": write the span %s+", r.ID, i, m[1], m[1])
			}
		}
		for i, s := range r.Salaries {
			got, err := salary.Parse(s.Text)
			if !assert.NoError(t, err, "roles[%s].salaries[%d].text", r.ID, i) {
				continue
			}
			want, err := s.Range()
			require.NoError(t, err)
			assert.Equal(t, want.Min(), got.Min(), "roles[%s].salaries[%d]: the figure is not the text's", r.ID, i)
			if s.Statistic == salary.RangeOfPay {
				assert.Equal(t, want.Max(), got.Max(), "roles[%s].salaries[%d]: the figure is not the text's", r.ID, i)
				assert.Equal(t, s.OpenEnded, got.OpenEnded(), "roles[%s].salaries[%d]: open_ended is not the text's", r.ID, i)
			} else if m := boundRE.FindString(s.Text); m != "" {
				assert.Contains(t, s.Note, m, "roles[%s].salaries[%d]: the text states a lower bound (%q): the note must say so", r.ID, i, m)
			}
		}
	}
}

func deref(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// ---- links (kind 6) ----

// TestLinksAreStatedOrNoted checks the links the catalog draws between a
// source's words and its fields: a certification evidences a skill its
// name or description names, or its note says why; a minimum degree, a
// preferred degree and a preferred experience are what the source calls
// minimum or preferred, or the entry's note says how it was read.
func TestLinksAreStatedOrNoted(t *testing.T) {
	seeds := loadSeeds(t)
	c := rolemodel.Default()
	for cert := range c.Certifications() {
		words := fold(cert.Name + " " + cert.Acronym + " " + cert.Description)
		for _, e := range cert.Evidences {
			s, ok := c.Skill(e.Skill)
			require.True(t, ok)
			stated := slices.ContainsFunc(append([]string{s.Name}, s.Aliases...), func(n string) bool { return strings.Contains(words, fold(n)) })
			noted := strings.Contains(cert.Note, string(s.ID)) || strings.Contains(fold(cert.Note), fold(s.Name))
			assert.True(t, stated || noted, "certifications[%s]: it evidences %s, which its name and description do not name: say in note why", cert.ID, s.ID)
		}
	}
	// says reports whether the 200 characters of d before text, or text
	// itself, contain word.
	says := func(d *seedDoc, text, word string) bool {
		at := strings.Index(fold(d.text), fold(text))
		if at < 0 {
			return false
		}
		f := fold(d.text)
		return strings.Contains(f[max(0, at-200):at+len(fold(text))], fold(word))
	}
	for r := range c.Roles() {
		for i, e := range r.Education {
			for _, id := range e.Sources {
				d, ok := seeds[id]
				if !ok {
					continue
				}
				if e.Minimum != role.NoDegreeStated && !says(d, e.Text, "minimum") {
					assert.Contains(t, fold(e.Note), "minimum", "roles[%s].education[%d]: %s does not call the degree the minimum: say in note how it was read", r.ID, i, id)
				}
				for _, q := range e.Preferred {
					if !says(d, q.Name, "preferred") {
						assert.Contains(t, fold(e.Note), "preferred", "roles[%s].education[%d]: %s does not call %q preferred: say in note how it was read", r.ID, i, id, q.Name)
					}
				}
			}
		}
		for i, e := range r.Experience {
			for _, id := range e.Sources {
				if d, ok := seeds[id]; ok && e.Preferred && !says(d, e.Text, "preferred") {
					assert.Contains(t, fold(e.Note), "preferred", "roles[%s].experience[%d]: %s does not call it preferred: say in note how it was read", r.ID, i, id)
				}
			}
		}
	}
}

// ---- facts (kind 7) ----

// notFacts are the list items of the seeds the catalog does not hold, by
// source and the start of the item, each with the reason. An item not held
// and not listed here fails TestCatalogHoldsWhatTheSourcesList.
var notFacts = map[string]map[string]string{
	"it-director-roles-skills-salary": {
		"Looking inwards towards":      perspective,
		"Looking outwards to":          perspective,
		"Take their analysis":          "what the analytical skill the catalog quotes lets the director do with an analysis",
		"Research the best solutions":  "what the analytical skill the catalog quotes lets the director do with an analysis",
		"Come to a final decision":     "what the analytical skill the catalog quotes lets the director do with an analysis",
		"Staying curious.":             development,
		"Seeking a mentor.":            development,
		"BMC Business of IT Blog":      reading,
		"IT Operations (ITOps) Roles":  reading,
		"I&O Organizations Defined":    reading,
		"IT Salary Trends":             reading,
		"Top Paying IT Certifications": reading,
	},
	"path-to-exceptional-it-director": {
		"The Role of an IT Director":                 "a numbered section heading",
		"Essential Skills, Experience and Knowledge": "a numbered section heading",
		"Job Outlook for IT Directors":               "a numbered section heading",
		"Conclusion: The Making of":                  "a numbered section heading",
		// 2.1: what each technical skill allows ("This will allow you
		// to:", "you can:", "It allows you to:") or entails ("it entails:").
		"Oversee system performance.":                    allows,
		"Identify improvement opportunities.":            allows,
		"Ensure effective integration and compatibility": allows,
		"Identify opportunities to leverage these":       allows,
		"Drive digital transformation initiatives.":      allows,
		"Ensure the organisation remains competitive":    allows,
		"Make informed decisions regarding the adoption": allows,
		"Effectively oversee software development":       allows,
		"Collaborate with development teams.":            allows,
		"Manage project timelines.":                      allows,
		"Ensure the delivery of high-quality software":   allows,
		"Identify potential risks.":                      allows,
		"Optimise development processes.":                allows,
		"Align software development efforts":             allows,
		"Understanding security frameworks.":             allows,
		"Implementing security measures.":                allows,
		"Staying updated on emerging threats":            allows,
		// 2.2: what each business skill covers.
		"Comprehending the goals, values":                 covers,
		"Aligning technology initiatives with objectives": covers,
		"Understanding the industry, market trends":       covers,
		"Understanding industry-specific challenges":      covers,
		"Anticipating industry shifts.":                   covers,
		"Identifying opportunities for innovation.":       covers,
		"Strategically aligning technology":               covers,
		"Managing budgets, tracking expenses":             covers,
		"Understanding financial statements":              covers,
		// 2.3: how a leadership skill is exercised ("You do all of that
		// by:", "The following will help:"), or two lists under Strategic
		// Thinking and Business Acumen that nothing introduces.
		"Understanding the organisation's strategic objectives.": covers,
		"Making informed decisions.":                             covers,
		"Effectively communicating the value":                    covers,
		"Drive innovation.":                                      covers,
		"Foster collaboration between technical":                 covers,
		"Ensure that technology initiatives contribute":          covers,
		"Setting clear goals.":                                   covers,
		"Providing guidance and support.":                        covers,
		"Promoting open communication.":                          covers,
		"Fostering a culture of trust":                           covers,
		"Active listening.":                                      covers,
		"Learning how to articulate":                             covers,
		"Fostering strong relationships with various":            covers,
		// 3.1
		"Data analysts and scientists":        growing,
		"AI and machine learning specialists": growing,
		"Robotics engineers":                  growing,
		"Software and application developers": growing,
		"Digital transformation specialists":  growing,
	},
}

// The reasons of notFacts.
const (
	perspective = "the two sides of the \"balance of internal and external perspective\" the article puts before its skills: not a skill, duty or requirement"
	development = "advice on continuous learning for the director's own development, which the catalog has no field for"
	reading     = "a related-reading link"
	allows      = "what a skill lets the director do or what it entails, under the skill the catalog quotes; the source's duties are held from its section 1.1 and the ones it states in the skills section"
	covers      = "what a skill covers or how it is exercised, under the skill the catalog quotes (the list is not introduced as duties: \"This predominantly includes\", \"You do all of that by\", \"The following will help\")"
	growing     = "a role the World Economic Forum says is growing in demand, not a fact of this role"
)

// heldTexts returns, per source, the texts the catalog holds from it: every
// text field of an entry that cites it, and the words in double quotes of a
// note that cites or names it.
func heldTexts(seeds map[string]*seedDoc) map[string][]string {
	out := map[string][]string{}
	for _, u := range catalogTexts() {
		texts := []string{u.text}
		srcs := u.sources
		if fieldClasses[u.key] == noteField {
			texts = quotedIn(u.text)
			srcs = append(slices.Clone(srcs), sourceIDsIn(u.text, seeds)...)
		}
		for _, id := range srcs {
			for _, x := range texts {
				out[id] = append(out[id], fold(x))
			}
		}
	}
	return out
}

var itemLabel = regexp.MustCompile(`^[^–:]{2,60}(?: – |: )`)

// held reports whether the catalog holds a list item: some text from its
// source contains it (or the item after its "Label – " or "Label: "), or
// the item contains a text that is at least half of it.
func held(item string, texts []string) bool {
	cores := []string{fold(strings.TrimRight(item, ".;: "))}
	if l := itemLabel.FindString(item); l != "" {
		cores = append(cores, fold(strings.TrimRight(item[len(l):], ".;: ")))
	}
	for _, core := range cores {
		for _, x := range texts {
			if strings.Contains(x, core) || len(x) >= len(core)/2 && len(x) > 2 && strings.Contains(core, x) {
				return true
			}
		}
	}
	return false
}

// TestCatalogHoldsWhatTheSourcesList checks that every list item of every
// seed (duties, skills, requirements, career moves, figures) is held by
// the catalog in a text cited to its source, or is listed in notFacts with
// the reason it is not a fact of the role.
func TestCatalogHoldsWhatTheSourcesList(t *testing.T) {
	seeds := loadSeeds(t)
	texts := heldTexts(seeds)
	used := map[string]bool{}
	for _, id := range slices.Sorted(func(yield func(string) bool) {
		for id := range seeds {
			if !yield(id) {
				return
			}
		}
	}) {
		d := seeds[id]
		for _, item := range d.items {
			if held(item, texts[id]) {
				continue
			}
			excused := false
			for prefix := range notFacts[id] {
				if strings.HasPrefix(item, prefix) {
					excused, used[id+"\x00"+prefix] = true, true
				}
			}
			assert.True(t, excused, "%s lists %q, which the catalog does not hold: add it, or give the reason in notFacts", id, cut(item))
		}
	}
	for id, m := range notFacts {
		for prefix := range m {
			assert.True(t, used[id+"\x00"+prefix], "notFacts[%s][%q] matches no item the catalog does not hold", id, prefix)
		}
	}
}

// statements are sentences of the seeds, outside their lists, that an
// audit found the catalog lacked: each must stay in the seed and in the
// catalog, cited to it.
var statements = map[string][]string{
	"technology-director-what-is-it": {
		"This includes obtaining a bachelor’s degree in a relevant field, gaining experience in IT roles",
		"varies based on factors such as industry, location, company size, and level of experience",
	},
	"it-director-roles-skills-salary": {
		"It is not typically required for IT directors to be an expert in multiple programming languages",
		"Within the role, the director will likely oversee one or several IT teams",
		"a director of technology often reports directly to the Chief Technology Officer (CTO), providing updates and requesting resource support",
		"many larger organizations may require their director of IT to hold a graduate degree",
	},
	"path-to-exceptional-it-director": {
		"one of your primary responsibilities as an IT director is to create a system",
		"mitigating risks is at the very top of the list of duties for every IT director",
		"One of your jobs as IT director is to foster a culture of resilience",
		"One of the responsibilities of an IT director is to maximise the value derived from vendor partnerships",
		"So one of the responsibilities is to mitigate potential legal and reputational risks.",
		"This role typically involves overseeing the strategic planning, technology vision and overall management of technology within the organisation",
		"The demand for IT directors will only grow.",
	},
}

func TestCatalogHoldsStatementsAnAuditFoundMissing(t *testing.T) {
	seeds := loadSeeds(t)
	texts := heldTexts(seeds)
	for id, ss := range statements {
		d, ok := seeds[id]
		require.True(t, ok, id)
		for _, s := range ss {
			if !assert.Contains(t, d.text, normalize(s), "%s no longer says this", id) {
				continue
			}
			assert.True(t, slices.ContainsFunc(texts[id], func(x string) bool { return strings.Contains(x, fold(s)) }),
				"%s says %q: the catalog must hold it, cited to it", id, cut(s))
		}
	}
}
