# syntax=docker/dockerfile:1
# The OpenData API in one image: the GraphQL endpoint, GraphiQL (bundled from npm, no CDN), the bulk
# downloads, and the SQLite dataset built from seed/ at image build time.
#
#   docker build -t opendata .
#   docker run --rm -p 8080:8080 opendata        # http://localhost:8080/graphql
#
# For PostgreSQL and several replicas see docker-compose.yml and docs/deploy.md.
# .ci/container-recipe runs this file's RUN commands, ENV, USER, ENTRYPOINT and HEALTHCHECK without a
# container engine (CI has none): keep RUN commands relative to their WORKDIR.

ARG DOTNET_VERSION=10.0
ARG NODE_VERSION=20

# 1. GraphiQL: npm ci from the committed lockfile, then vite into src/Api/wwwroot/graphiql.
FROM node:${NODE_VERSION}-bookworm-slim AS ide
WORKDIR /src/ui/graphiql
COPY ui/graphiql/package.json ui/graphiql/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY ui/graphiql/ ./
RUN npm run build

# 2. Publish the API (framework-dependent, no apphost) and build its SQLite database from seed/.
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
# Set by BuildKit (amd64, arm64): only that platform's native SQLite library goes into the image.
ARG TARGETARCH
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Data/OpenData.Data.csproj src/Data/
COPY src/Api/OpenData.Api.csproj src/Api/
COPY src/Api/Ide/GraphiQL.targets src/Api/Ide/
RUN dotnet restore src/Api/OpenData.Api.csproj -a $TARGETARCH
COPY seed/ seed/
COPY src/ src/
COPY --from=ide /src/src/Api/wwwroot/graphiql/ src/Api/wwwroot/graphiql/
RUN dotnet publish src/Api/OpenData.Api.csproj --no-restore -c Release -o out -a $TARGETARCH --self-contained false -p:BuildGraphiQL=false -p:UseAppHost=false
RUN mkdir -p out/data && cd out && Storage__ConnectionString="Data Source=data/opendata.db" dotnet OpenData.Api.dll init-db

# 3. Runtime: ASP.NET Core on chiseled Ubuntu (no shell, no package manager; "extra" adds ICU for
#    Vietnamese text), running as the image's non-root user "app" (uid 1654).
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /src/out/ ./
# The database (and SQLite's -wal/-shm files) must be writable by the app user; the code stays root's.
COPY --from=build --chown=1654:1654 /src/out/data/ ./data/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__Provider=Sqlite \
    Storage__ConnectionString="Data Source=/app/data/opendata.db" \
    Logging__Console__FormatterName=json \
    DOTNET_gcServer=0
USER 1654
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "OpenData.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "OpenData.Api.dll"]
