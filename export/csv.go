package export

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/skill"
)

// The files WriteCSVFiles writes, in the order a bulk importer loads them:
// nodes before the relationships between them.
const (
	RolesFile        = "roles.csv"
	SkillsFile       = "skills.csv"
	MovesFile        = "moves.csv"
	RequirementsFile = "requirements.csv"
	// TechnologiesFile and UsesFile hold the products roles use
	// (role.Technology) as nodes and the roles' USES relationships to
	// them; files of their own so that the four files' headers stay as
	// they were.
	TechnologiesFile = "technologies.csv"
	UsesFile         = "uses.csv"
)

// The headers of the CSV files. Each column is named as Neo4j's bulk
// importer (neo4j-admin database import) reads a header: name:type, with
// :ID(group) for a node's ID, :START_ID(group) and :END_ID(group) for a
// relationship's ends, :LABEL and :TYPE for node labels and relationship
// types, and typed properties (int, float, boolean, string[] with ";"
// between elements). A spreadsheet shows the same header as column names.
var (
	rolesHeader        = []string{"id:ID(Role)", ":LABEL", "title", "aliases:string[]", "level", "track", "family", "ladder", "rank:int", "grade", "onet_soc", "isco_08", "esco"}
	skillsHeader       = []string{"id:ID(Skill)", ":LABEL", "name", "kind", "category"}
	movesHeader        = []string{":START_ID(Role)", ":END_ID(Role)", ":TYPE", "from_title", "to_title", "years:float", "index:float", "sources:string[]"}
	requirementsHeader = []string{":START_ID(Role)", ":END_ID(Skill)", ":TYPE", "role_title", "skill_name", "level", "level_rank:int", "label", "essential:boolean"}
	technologiesHeader = []string{"name:ID(Technology)", ":LABEL", "category", "category_code"}
	usesHeader         = []string{":START_ID(Role)", ":END_ID(Technology)", ":TYPE", "role_title", "category", "hot:boolean", "in_demand:boolean", "sources:string[]"}
)

// arrayDelimiter separates the elements of a string[] column: the default
// of Neo4j's importer (--array-delimiter).
const arrayDelimiter = ";"

// WriteRolesCSV writes one row per role of c, in ID order, under
// rolesHeader: the role ID, the label Role, the title, the aliases (joined
// by ";"), the level, track, family (the role's own or its ladder's),
// ladder, rank (the rung; empty when on no ladder), grade and the O*NET-SOC,
// ISCO-08 and ESCO codes. Empty cells mean not stated.
func WriteRolesCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, rolesHeader, func(row func(...string) error) error {
		for r := range c.Roles() {
			family, _ := c.FamilyOf(r.ID)
			rank := ""
			if r.Rank != 0 {
				rank = strconv.Itoa(r.Rank)
			}
			if err := row(string(r.ID), "Role", r.Title, strings.Join(r.Aliases, arrayDelimiter), r.Level.String(), r.Track.String(),
				string(family), string(r.Ladder), rank, string(r.Grade), r.Codes.ONetSOC, r.Codes.ISCO08, r.Codes.ESCO); err != nil {
				return err
			}
		}
		return nil
	})
}

// WriteSkillsCSV writes one row per skill of c, in ID order, under
// skillsHeader: the skill ID, the label Skill, its name, kind (hard or
// soft; empty when not stated) and category. The requirements file's rows
// end at these nodes.
func WriteSkillsCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, skillsHeader, func(row func(...string) error) error {
		for s := range c.Skills() {
			if err := row(string(s.ID), "Skill", s.Name, s.Kind.String(), s.Category); err != nil {
				return err
			}
		}
		return nil
	})
}

// WriteMovesCSV writes one row per career move of c, in the order of
// Catalog.Transitions, under movesHeader: the role moved out of and the
// role moved into (IDs, then titles for people reading the file), the kind
// as the relationship type (ENTRY, ADVANCEMENT or LATERAL), the
// transition's weights years and index (empty where not recorded), and the
// IDs of the sources that state the move (joined by ";").
func WriteMovesCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, movesHeader, func(row func(...string) error) error {
		for t := range c.Transitions() {
			if err := row(string(t.From), string(t.To), kindType(t.Kind), roleTitle(c, t.From), roleTitle(c, t.To),
				formatWeight(t.Years), formatWeight(t.Index), strings.Join(c.TransitionSources(t), arrayDelimiter)); err != nil {
				return err
			}
		}
		return nil
	})
}

// WriteRequirementsCSV writes one row per skill requirement of each role of
// c (roles in ID order, requirements as the role lists them) under
// requirementsHeader: the role and the skill (IDs, then the role's title
// and the skill's name), the relationship type REQUIRES, the level on
// package skill's scale (awareness … expert) and its rank (1-5; both
// empty when the source states none), the level in the source's own words,
// and whether the skill is essential (true or false).
func WriteRequirementsCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, requirementsHeader, func(row func(...string) error) error {
		for r := range c.Roles() {
			for _, req := range r.Skills {
				name := string(req.Skill)
				if s, ok := c.Skill(req.Skill); ok {
					name = s.Name
				}
				rank := ""
				if req.Level != skill.Unstated {
					rank = strconv.Itoa(int(req.Level))
				}
				if err := row(string(r.ID), string(req.Skill), "REQUIRES", r.Title, name, req.Level.String(), rank, req.Label,
					strconv.FormatBool(req.Essential)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// WriteTechnologiesCSV writes one row per distinct technology name of the
// roles of c (role.Technology.Name, compared exactly: the same product in
// several roles is one node), in order of first use (roles in ID order,
// technologies as each role lists them), under technologiesHeader: the
// name as the node's ID, the label Technology, and the category and its
// code (O*NET's Commodity Title and UNSPSC code) of its first use.
func WriteTechnologiesCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, technologiesHeader, func(row func(...string) error) error {
		seen := map[string]bool{}
		for r := range c.Roles() {
			for _, t := range r.Technologies {
				if seen[t.Name] {
					continue
				}
				seen[t.Name] = true
				if err := row(t.Name, "Technology", t.Category, t.CategoryCode); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// WriteUsesCSV writes one row per technology of each role of c (roles in
// ID order, technologies as the role lists them) under usesHeader: the
// role's ID and the technology's name (the node ID of
// WriteTechnologiesCSV), the relationship type USES, the role's title, the
// category the role's source files the product under, O*NET's Hot
// Technology and In Demand flags (true or false), and the IDs of the
// sources (joined by ";").
func WriteUsesCSV(w io.Writer, c *rolemodel.Catalog) error {
	return writeCSV(w, usesHeader, func(row func(...string) error) error {
		for r := range c.Roles() {
			for _, t := range r.Technologies {
				if err := row(string(r.ID), t.Name, "USES", r.Title, t.Category, strconv.FormatBool(t.Hot), strconv.FormatBool(t.InDemand),
					strings.Join(t.Sources, arrayDelimiter)); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// CSVFiles returns the names of the files WriteCSVFiles writes, in the
// order it writes them.
func CSVFiles() []string {
	return []string{RolesFile, SkillsFile, MovesFile, RequirementsFile, TechnologiesFile, UsesFile}
}

// WriteCSVFiles writes the six files (RolesFile, SkillsFile, MovesFile,
// RequirementsFile, TechnologiesFile, UsesFile) into the folder dir, which
// must exist, replacing files of those names; the last two have their
// header only when no role lists a technology. It stops at the first
// error, which names the file.
func WriteCSVFiles(dir string, c *rolemodel.Catalog) error {
	for _, f := range []struct {
		name  string
		write func(io.Writer, *rolemodel.Catalog) error
	}{
		{RolesFile, WriteRolesCSV},
		{SkillsFile, WriteSkillsCSV},
		{MovesFile, WriteMovesCSV},
		{RequirementsFile, WriteRequirementsCSV},
		{TechnologiesFile, WriteTechnologiesCSV},
		{UsesFile, WriteUsesCSV},
	} {
		p := filepath.Join(dir, f.name)
		out, err := os.Create(p)
		if err != nil {
			return err
		}
		err = f.write(out, c)
		if cerr := out.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

// writeCSV writes header and the rows rows produces with encoding/csv
// (RFC 4180: fields with commas, quotes or line breaks are quoted, lines
// end in \n).
func writeCSV(w io.Writer, header []string, rows func(row func(...string) error) error) error {
	if w == nil {
		return errors.New("export: no writer (nil io.Writer)")
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := rows(func(fields ...string) error { return cw.Write(fields) }); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
