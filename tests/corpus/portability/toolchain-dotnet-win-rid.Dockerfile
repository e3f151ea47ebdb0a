# corpus: modelled-on=.NET builds of Windows tooling (win-x64 RID) in a Linux SDK image
# corpus: expect=
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS tooling
WORKDIR /src
COPY . .
RUN dotnet publish Tool.Win/Tool.Win.csproj -r win-x64 -o /out/win
