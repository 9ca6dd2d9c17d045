# Make the R fixtures: `Rscript make.R` with R installed (not a test dependency: the files
# are committed). Every value is invented.
people <- data.frame(
  fullname = c("Marguerite Okonkwo-Blythe", "Ann Other"),
  email = c("marguerite.blythe.5521@gmail.com", "none"),
  mobile = c("07723 481093", "none"),
  ni = c("JT 48 29 17 D", "none"),
  team = factor(c("Uplands", "Lowlands")),
  visits = c(4L, 1L),
  stringsAsFactors = FALSE
)
attr(people$fullname, "label") <- "Claimant name"
case <- list(officer = "Marguerite Okonkwo-Blythe", notes = c("rang 07723 481093", "closed"),
             seen = function(x) x + 1)
saveRDS(people, "people.rds")                       # gzip, format 3
saveRDS(people, "people-xz.rds", compress = "xz")
saveRDS(people, "people-plain.rds", compress = FALSE, version = 2)
save(people, case, file = "case.RData")
