# The archive in one image: build with the SDK, run on the ASP.NET Core runtime only.
#   docker build -t archive .            (or: buildah bud --format docker -t archive:local .)
#   docker compose -f deploy/docker-compose.yml up -d
# Everything it keeps (store, index, logs) is in the /data volume; dumps dropped into /import are ingested live.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by buildah and BuildKit (amd64, arm64); the SDK takes it as its architecture.
ARG TARGETARCH
WORKDIR /src

# Restore first, from the project files alone, so that a change to the code reuses the restored layer.
COPY Archive.sln Directory.Build.props Directory.Packages.props global.json ./
COPY src/Archive.Parsing/Archive.Parsing.csproj src/Archive.Parsing/
COPY src/Archive.Storage/Archive.Storage.csproj src/Archive.Storage/
COPY src/Archive.Search/Archive.Search.csproj src/Archive.Search/
COPY src/Archive.Web/Archive.Web.csproj src/Archive.Web/
# ReadyToRun here too: the restore fetches the runtime packs and the compiler that the publish below needs.
RUN dotnet restore src/Archive.Web -a "$TARGETARCH" -p:PublishReadyToRun=true

# Then the code (and the demo dumps, which the web project copies to the output's demo/ folder).
COPY .editorconfig ./
COPY src/ src/
COPY data/demo/ data/demo/
# ReadyToRun: the app and its libraries (EF Core, Lucene.Net) ship precompiled, so a command starts in half the time
# and the JIT's work under a first load shrinks (docs/benchmarks.md, "Runtime settings").
RUN dotnet publish src/Archive.Web -c Release -o /app --no-restore -a "$TARGETARCH" --self-contained false \
      -p:UseAppHost=false -p:PublishReadyToRun=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# The volumes' mount points belong to the app user, so that a new named volume starts out writable by it.
RUN mkdir -p /data /import && chown "$APP_UID:$APP_UID" /data /import

COPY --from=build /app ./

ENV Archive__DataDirectory=/data \
    Archive__ImportDirectory=/import
USER $APP_UID
EXPOSE 8080
VOLUME ["/data", "/import"]

# The runtime image has neither curl nor wget: the app checks itself (GET /healthz, exit 0 or 1).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "Archive.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Archive.Web.dll"]
