"use client";
// A claim's evidence, read-only: each citation's exact quote and the article it comes from (title,
// date). Shown on the claim's page and above its edit form, so an editor correcting a statement
// sees what the source actually says.
import { Box, Typography } from "@mui/material";
import { DataTable, FunctionField, Labeled, ReferenceField, ReferenceManyField, SelectField } from "react-admin";
import { choicesOf } from "../fields/labels";
import { localDay } from "../history/when";
import { useResourceMeta } from "../MetaContext";

export function ClaimSources({ link = true }: { link?: boolean }) {
  const stance = useResourceMeta("citations").fields.find((f) => f.name === "stance");
  return (
    <Labeled label="Quotes and sources" fullWidth>
      <ReferenceManyField
        reference="citations"
        target="claimId"
        empty={<Typography variant="body2">No citations yet.</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={link ? "edit" : false}>
          <DataTable.Col source="quote" label="Quote">
            <FunctionField render={(c: { quote?: string }) => <q>{c.quote}</q>} />
          </DataTable.Col>
          <DataTable.Col source="stance" label={stance?.label || "Quote vs claim"}>
            <SelectField source="stance" choices={stance ? choicesOf(stance) : []} />
          </DataTable.Col>
          <DataTable.Col source="articleId" label="Source">
            <ReferenceField source="articleId" reference="articles" link={link ? "show" : false}>
              <FunctionField
                render={(a: { title?: string; publishedAt?: string | null }) => (
                  <Box component="span">
                    {a.title}
                    {a.publishedAt ? `, ${localDay(a.publishedAt)}` : ""}
                  </Box>
                )}
              />
            </ReferenceField>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Labeled>
  );
}
