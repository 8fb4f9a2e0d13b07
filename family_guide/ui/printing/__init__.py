"""Print layout shared by handouts and the journal report: fixed print sizes, kept-together blocks, footers."""
