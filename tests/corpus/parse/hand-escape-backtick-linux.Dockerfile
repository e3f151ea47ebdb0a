# escape=`
FROM alpine
# a backslash is now an ordinary character
RUN echo C:\temp\ && echo "path\with\backslashes" `
    && echo continued
COPY src\ dest\
RUN echo `
`
    after empty
