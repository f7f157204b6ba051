package rolemodel

// Parts returns copies of the lists c is made of, for a program that adds
// to a catalog and builds it again with Build: an importer that gives
// roles facts from another source, or a tool that edits a catalog.
// Changing the result does not change c. A nil c gives the zero Parts. A
// program that only adds sources and changes roles' salaries, outlook or
// sources (package bls attaches wages and outlook) need not build again:
// Amend makes the same catalog for a fraction of the cost.
//
// A catalog built from imported data may let roles share names; build the
// changed parts with SharedNames, as Merge does, or Build may refuse names
// the catalog accepted.
func (c *Catalog) Parts() Parts { return c.parts() }
