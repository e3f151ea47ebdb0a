# corpus: modelled-on=mazoea/docker-playwright + bondar-artem/pw-practice-app Dockerfiles (tests on the official Playwright image)
# corpus: expect=
# NB: the plain -noble tag is a multi-arch manifest (amd64 + arm64). Do not
# append -amd64 / -arm64 here or one of the two images gets foreign browsers.
ARG PLAYWRIGHT_VERSION=1.48.2
FROM mcr.microsoft.com/playwright:v${PLAYWRIGHT_VERSION}-noble
ARG PLAYWRIGHT_VERSION
ENV CI=1 \
    PLAYWRIGHT_BROWSERS_PATH=/ms-playwright \
    PW_TEST_HTML_REPORT_OPEN=never
WORKDIR /e2e
COPY package.json package-lock.json ./
RUN npm ci \
 && npx --no-install playwright --version | grep -q "${PLAYWRIGHT_VERSION}"
COPY playwright.config.ts ./
COPY tests ./tests
RUN chown -R pwuser:pwuser /e2e
USER pwuser
ENTRYPOINT ["npx", "playwright", "test"]
CMD ["--reporter=list,html"]
