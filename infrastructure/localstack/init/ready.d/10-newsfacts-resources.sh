#!/bin/bash
# Runs inside the LocalStack container once it is ready: the bucket and the table of template.yaml,
# for code that runs outside (the CLI, tests, the functions started with `newsfacts up`-style
# adapters) with AWS_ENDPOINT_URL=http://localhost:4566. Not needed when deploying the template
# with samlocal: that creates its own (stack-named) bucket and table.
set -euo pipefail
BUCKET="${ARTICLES_BUCKET:-newsfacts-local}"
TABLE="${ARTICLES_TABLE:-newsfacts-local-articles}"

awslocal s3api head-bucket --bucket "$BUCKET" 2>/dev/null || awslocal s3api create-bucket --bucket "$BUCKET"
awslocal s3api put-bucket-versioning --bucket "$BUCKET" --versioning-configuration Status=Enabled

# Keep in step with ArticlesTable in template.yaml: one table, PK/SK strings, on-demand.
if ! awslocal dynamodb describe-table --table-name "$TABLE" >/dev/null 2>&1; then
  awslocal dynamodb create-table --table-name "$TABLE" \
    --attribute-definitions AttributeName=PK,AttributeType=S AttributeName=SK,AttributeType=S \
    --key-schema AttributeName=PK,KeyType=HASH AttributeName=SK,KeyType=RANGE \
    --billing-mode PAY_PER_REQUEST
  awslocal dynamodb wait table-exists --table-name "$TABLE"
fi
echo "newsfacts: bucket $BUCKET and table $TABLE ready"
