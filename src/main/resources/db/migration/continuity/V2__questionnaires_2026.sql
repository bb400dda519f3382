-- The first published questionnaires: the full self-assessment for businesses (BCM) and the lighter
-- quick test for NGOs, parishes and municipalities (BCM_LIGHT), in Finnish, Swedish and English.
-- A later version is a new document (a new migration or POST /api/v1/continuity/questionnaires);
-- published questions are never changed, so answers given to this version keep their meaning.
SELECT continuity.import_questionnaire($q$
{
  "code": "BCM",
  "version": 1,
  "variant": "FULL",
  "title": {
    "fi": "Jatkuvuudenhallinnan itsearviointi",
    "sv": "Självvärdering av kontinuitetshanteringen",
    "en": "Business continuity self-assessment"
  },
  "description": {
    "fi": "Itsearviointi perustuu jatkuvuudenhallinnan standardiin ISO 22301 ja Huoltovarmuuskeskuksen kypsyysanalyysin käytäntöön. Kukin kysymys arvioidaan kypsyystasolla 0–4: 0 ei tehty, 1 alustava, 2 osittainen, 3 vakiintunut ja dokumentoitu, 4 testattu ja jatkuvasti parannettu. Vastaukset näkyvät vain organisaatiosi käyttäjille; alue näkee niistä vain nimettömiä yhteenvetoja, joissa on vähintään kolme vastaajaa.",
    "sv": "Självvärderingen bygger på standarden för kontinuitetshantering ISO 22301 och på Försörjningsberedskapscentralens praxis för mognadsanalys. Varje fråga bedöms på mognadsnivå 0–4: 0 inte gjort, 1 inledande, 2 delvis, 3 etablerat och dokumenterat, 4 testat och ständigt förbättrat. Svaren syns endast för din organisations användare; regionen ser bara anonyma sammanställningar med minst tre svarande.",
    "en": "The self-assessment is built on the business continuity standard ISO 22301 and the maturity analysis practice of the National Emergency Supply Agency. Each question is rated on a maturity level of 0–4: 0 not done, 1 initial, 2 partial, 3 established and documented, 4 tested and continually improved. The answers are seen only by your organisation's users; the region sees only anonymous summaries of at least three respondents."
  },
  "audience": [
    "BUSINESS"
  ],
  "sections": [
    {
      "code": "LEADERSHIP",
      "title": {
        "fi": "Johtaminen ja vastuut",
        "sv": "Ledning och ansvar",
        "en": "Leadership and governance"
      },
      "description": {
        "fi": "Miten johto ohjaa jatkuvuudenhallintaa ja johtaa häiriötilanteessa (ISO 22301, luvut 5 ja 6).",
        "sv": "Hur ledningen styr kontinuitetshanteringen och leder i en störningssituation (ISO 22301, kapitel 5 och 6).",
        "en": "How management steers business continuity management and leads in a disruption (ISO 22301, clauses 5 and 6)."
      },
      "questions": [
        {
          "code": "L1",
          "text": {
            "fi": "Jatkuvuudenhallinnalle on nimetty vastuuhenkilö, ja johto on varannut tehtävään aikaa ja resursseja.",
            "sv": "En ansvarsperson för kontinuitetshanteringen har utsetts, och ledningen har avsatt tid och resurser för uppgiften.",
            "en": "A person responsible for business continuity management has been named, and management has set aside time and resources for the task."
          },
          "levels": [
            {
              "fi": "Jatkuvuudenhallintaa ei ole annettu kenenkään tehtäväksi.",
              "sv": "Kontinuitetshanteringen har inte getts till någon som uppgift.",
              "en": "Business continuity management is nobody's task."
            },
            {
              "fi": "Joku huolehtii asiasta oman työnsä ohella ilman sovittua vastuuta.",
              "sv": "Någon sköter frågan vid sidan av sitt arbete utan avtalat ansvar.",
              "en": "Someone looks after it alongside their own work, without an agreed responsibility."
            },
            {
              "fi": "Vastuuhenkilö on nimetty, mutta tehtävään ei ole varattu aikaa eikä resursseja.",
              "sv": "En ansvarsperson har utsetts, men ingen tid eller inga resurser har avsatts för uppgiften.",
              "en": "A responsible person has been named, but no time or resources have been set aside."
            },
            {
              "fi": "Vastuut, tehtävät ja resurssit on sovittu ja kirjattu, ja johto käsittelee asiaa säännöllisesti.",
              "sv": "Ansvar, uppgifter och resurser har avtalats och dokumenterats, och ledningen behandlar frågan regelbundet.",
              "en": "Responsibilities, tasks and resources are agreed and written down, and management deals with the matter regularly."
            },
            {
              "fi": "Johto asettaa jatkuvuudenhallinnalle tavoitteet, seuraa niitä vuosittain ja ohjaa parannukset niiden perusteella.",
              "sv": "Ledningen ställer upp mål för kontinuitetshanteringen, följer upp dem årligen och styr förbättringar utifrån dem.",
              "en": "Management sets objectives for business continuity management, follows them up yearly and directs improvements by them."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Jatkuvuudenhallinnan vastuuhenkilö ja varahenkilö nimetään",
              "sv": "En ansvarsperson och en ersättare för kontinuitetshanteringen utses",
              "en": "Name a person responsible for continuity management and a deputy"
            },
            "description": {
              "fi": "Johto nimeää jatkuvuudenhallinnan vastuuhenkilön ja hänelle varahenkilön, kirjaa heidän tehtävänsä ja varaa niihin työaikaa. Jatkuvuudenhallinta lisätään johdon vuosisuunnitelmaan.",
              "sv": "Ledningen utser en ansvarsperson för kontinuitetshanteringen och en ersättare, dokumenterar deras uppgifter och avsätter arbetstid för dem. Kontinuitetshanteringen förs in i ledningens årsplan.",
              "en": "Management names a person responsible for business continuity management and a deputy, writes down their tasks and sets aside working time for them. Continuity management is added to management's annual plan."
            }
          }
        },
        {
          "code": "L2",
          "text": {
            "fi": "Organisaatio on kirjannut jatkuvuudenhallinnan periaatteet: mitkä toiminnot on turvattava häiriössä ja millä tasolla.",
            "sv": "Organisationen har dokumenterat principerna för kontinuitetshanteringen: vilka funktioner som ska tryggas vid en störning och på vilken nivå.",
            "en": "The organisation has written down its continuity principles: which functions must be secured in a disruption, and to what level."
          },
          "levels": [
            {
              "fi": "Periaatteista ei ole sovittu.",
              "sv": "Inga principer har avtalats.",
              "en": "No principles have been agreed."
            },
            {
              "fi": "Periaatteista on puhuttu, mutta niitä ei ole kirjattu.",
              "sv": "Principerna har diskuterats men inte dokumenterats.",
              "en": "The principles have been discussed but not written down."
            },
            {
              "fi": "Periaatteet on kirjattu osittain tai ne ovat vanhentuneet.",
              "sv": "Principerna har dokumenterats delvis eller är föråldrade.",
              "en": "The principles are written down in part, or they are out of date."
            },
            {
              "fi": "Johto on hyväksynyt kirjatut periaatteet, ja ne ovat henkilöstön tiedossa.",
              "sv": "Ledningen har godkänt de dokumenterade principerna, och personalen känner till dem.",
              "en": "Management has approved the written principles, and the staff know them."
            },
            {
              "fi": "Periaatteet tarkistetaan vuosittain ja aina, kun toiminta tai toimintaympäristö muuttuu olennaisesti.",
              "sv": "Principerna ses över årligen och alltid när verksamheten eller omvärlden förändras väsentligt.",
              "en": "The principles are reviewed yearly and whenever the organisation or its environment changes significantly."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Jatkuvuudenhallinnan periaatteet kirjataan ja hyväksytetään johdolla",
              "sv": "Principerna för kontinuitetshanteringen dokumenteras och godkänns av ledningen",
              "en": "Write down the continuity principles and have management approve them"
            },
            "description": {
              "fi": "Kirjataan lyhyesti, mitkä toiminnot organisaatio turvaa häiriötilanteessa ja millä tasolla, ja hyväksytetään periaatteet johdolla. Periaatteet käydään läpi henkilöstön kanssa.",
              "sv": "Dokumentera kort vilka funktioner organisationen tryggar i en störningssituation och på vilken nivå, och låt ledningen godkänna principerna. Principerna gås igenom med personalen.",
              "en": "Write down briefly which functions the organisation secures in a disruption and to what level, and have management approve the principles. Go through them with the staff."
            }
          }
        },
        {
          "code": "L3",
          "text": {
            "fi": "Häiriötilanteen johtamisesta on sovittu: kuka päättää, miten johto kokoontuu, kuka viestii ja kuka toimii sijaisena.",
            "sv": "Ledningen av en störningssituation har avtalats: vem som beslutar, hur ledningen samlas, vem som kommunicerar och vem som är ersättare.",
            "en": "Leadership in a disruption has been agreed: who decides, how management meets, who communicates and who deputises."
          },
          "levels": [
            {
              "fi": "Häiriötilanteen johtamisesta ei ole sovittu.",
              "sv": "Ledningen av störningssituationer har inte avtalats.",
              "en": "Leadership in a disruption has not been agreed."
            },
            {
              "fi": "Johtaminen perustuu siihen, kuka sattuu olemaan paikalla.",
              "sv": "Ledningen beror på vem som råkar vara på plats.",
              "en": "Leadership depends on whoever happens to be there."
            },
            {
              "fi": "Päätöksentekijät on sovittu, mutta sijaisia, kokoontumista tai yhteydenpitoa ei ole mietitty.",
              "sv": "Beslutsfattarna har avtalats, men ersättare, sammankallande och kontakter har inte planerats.",
              "en": "The decision-makers are agreed, but deputies, meeting and contact have not been thought through."
            },
            {
              "fi": "Johtamisjärjestelyt, sijaiset ja kokoontumistapa on kirjattu ja kaikkien tiedossa.",
              "sv": "Ledningsarrangemangen, ersättarna och sättet att samlas har dokumenterats och är kända för alla.",
              "en": "The leadership arrangements, deputies and way of meeting are written down and known to all."
            },
            {
              "fi": "Johtamisjärjestelyjä on harjoiteltu, ja ne toimivat myös silloin, kun puhelin- ja tietoliikenneyhteydet ovat poikki.",
              "sv": "Ledningsarrangemangen har övats och fungerar också när telefon- och dataförbindelserna är avbrutna.",
              "en": "The leadership arrangements have been exercised and also work when telephone and data connections are down."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Häiriötilanteen johtamisohje laaditaan",
              "sv": "En instruktion för ledning av störningssituationer utarbetas",
              "en": "Write an instruction for leading in a disruption"
            },
            "description": {
              "fi": "Laaditaan yhden sivun ohje siitä, kuka johtaa häiriötilannetta, kuka toimii sijaisena, missä ja miten johto kokoontuu ja miten yhteyttä pidetään, jos puhelin- ja tietoliikenneyhteydet eivät toimi.",
              "sv": "Utarbeta en instruktion på en sida om vem som leder en störningssituation, vem som är ersättare, var och hur ledningen samlas och hur kontakten hålls om telefon- och dataförbindelserna inte fungerar.",
              "en": "Write a one-page instruction on who leads in a disruption, who deputises, where and how management meets, and how contact is kept if telephone and data connections do not work."
            }
          }
        }
      ]
    },
    {
      "code": "RISK_BIA",
      "title": {
        "fi": "Riskit ja vaikutusanalyysi",
        "sv": "Risker och konsekvensanalys",
        "en": "Risks and business impact analysis"
      },
      "description": {
        "fi": "Riskien arviointi ja liiketoiminnan vaikutusanalyysi: kriittiset toiminnot, pisin siedettävä keskeytysaika (MTPD), palautumisaikatavoite (RTO) ja riippuvuudet (ISO 22301, kohta 8.2).",
        "sv": "Riskbedömning och konsekvensanalys för verksamheten: kritiska funktioner, längsta acceptabla avbrottstid (MTPD), mål för återställningstid (RTO) och beroenden (ISO 22301, avsnitt 8.2).",
        "en": "Risk assessment and business impact analysis: critical functions, maximum tolerable period of disruption (MTPD), recovery time objective (RTO) and dependencies (ISO 22301, clause 8.2)."
      },
      "questions": [
        {
          "code": "R1",
          "text": {
            "fi": "Organisaatio tunnistaa ja arvioi säännöllisesti toimintaansa uhkaavat riskit, kuten sähkökatkon, tietoliikennekatkon, tulipalon, avainhenkilön menetyksen ja toimittajan konkurssin.",
            "sv": "Organisationen identifierar och bedömer regelbundet de risker som hotar verksamheten, såsom elavbrott, avbrott i dataförbindelser, brand, förlust av en nyckelperson och en leverantörs konkurs.",
            "en": "The organisation regularly identifies and assesses the risks that threaten its activities, such as a power outage, a telecom outage, a fire, the loss of a key person or a supplier's bankruptcy."
          },
          "levels": [
            {
              "fi": "Riskejä ei ole arvioitu.",
              "sv": "Riskerna har inte bedömts.",
              "en": "Risks have not been assessed."
            },
            {
              "fi": "Riskejä on pohdittu satunnaisesti, mutta arviota ei ole kirjattu.",
              "sv": "Riskerna har övervägts sporadiskt, men bedömningen har inte dokumenterats.",
              "en": "Risks have been considered now and then, but no assessment has been written down."
            },
            {
              "fi": "Riskiarvio on tehty kerran, mutta sitä ei ole päivitetty.",
              "sv": "En riskbedömning har gjorts en gång men inte uppdaterats.",
              "en": "A risk assessment was made once but has not been updated."
            },
            {
              "fi": "Riskiarvio on kirjattu, päivitetään säännöllisesti, ja merkittävimmille riskeille on sovittu toimenpiteet.",
              "sv": "Riskbedömningen är dokumenterad och uppdateras regelbundet, och åtgärder har avtalats för de största riskerna.",
              "en": "The risk assessment is written down and updated regularly, and measures are agreed for the most significant risks."
            },
            {
              "fi": "Riskiarvio ohjaa investointeja ja toimenpiteitä, ja siinä hyödynnetään alueen riskiarviota ja viranomaisten tietoja.",
              "sv": "Riskbedömningen styr investeringar och åtgärder och utnyttjar regionens riskbedömning och myndigheternas information.",
              "en": "The risk assessment guides investments and measures, and draws on the regional risk assessment and information from the authorities."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Riskiarvio laaditaan ja sitä päivitetään vuosittain",
              "sv": "En riskbedömning görs och uppdateras årligen",
              "en": "Make a risk assessment and update it yearly"
            },
            "description": {
              "fi": "Laaditaan riskiarvio, jossa arvioidaan ainakin pitkä sähkökatko, tietoliikennekatko, tulipalo tai vesivahinko, avainhenkilön menetys ja kriittisen toimittajan toimituskatko. Merkittävimmille riskeille sovitaan toimenpiteet ja vastuuhenkilöt. Alueen riskiarvio otetaan lähtötiedoksi.",
              "sv": "Gör en riskbedömning som åtminstone omfattar långvarigt elavbrott, avbrott i dataförbindelser, brand eller vattenskada, förlust av en nyckelperson och leveransavbrott hos en kritisk leverantör. Avtala åtgärder och ansvarspersoner för de största riskerna. Använd regionens riskbedömning som underlag.",
              "en": "Make a risk assessment covering at least a long power outage, a telecom outage, fire or water damage, the loss of a key person and a critical supplier's failure to deliver. Agree measures and responsible persons for the most significant risks. Use the regional risk assessment as input."
            }
          }
        },
        {
          "code": "R2",
          "text": {
            "fi": "Kriittiset toiminnot on tunnistettu, ja kullekin on määritetty pisin siedettävä keskeytysaika (MTPD).",
            "sv": "De kritiska funktionerna har identifierats, och för var och en har den längsta acceptabla avbrottstiden (MTPD) fastställts.",
            "en": "The critical functions have been identified, and for each the maximum tolerable period of disruption (MTPD) has been set."
          },
          "levels": [
            {
              "fi": "Kriittisiä toimintoja ei ole tunnistettu.",
              "sv": "De kritiska funktionerna har inte identifierats.",
              "en": "The critical functions have not been identified."
            },
            {
              "fi": "Kriittiset toiminnot tiedetään, mutta niitä ei ole kirjattu.",
              "sv": "De kritiska funktionerna är kända men inte dokumenterade.",
              "en": "The critical functions are known but not written down."
            },
            {
              "fi": "Kriittiset toiminnot on kirjattu, mutta siedettäviä keskeytysaikoja ei ole määritetty.",
              "sv": "De kritiska funktionerna är dokumenterade, men acceptabla avbrottstider har inte fastställts.",
              "en": "The critical functions are written down, but no tolerable periods of disruption have been set."
            },
            {
              "fi": "Kriittiset toiminnot ja niiden pisimmät siedettävät keskeytysajat on kirjattu vaikutusanalyysiin.",
              "sv": "De kritiska funktionerna och deras längsta acceptabla avbrottstider har dokumenterats i en konsekvensanalys.",
              "en": "The critical functions and their maximum tolerable periods of disruption are written down in a business impact analysis."
            },
            {
              "fi": "Vaikutusanalyysi päivitetään säännöllisesti, ja siinä on arvioitu myös taloudelliset, sopimukselliset ja maineeseen liittyvät vaikutukset.",
              "sv": "Konsekvensanalysen uppdateras regelbundet och omfattar även ekonomiska, avtalsmässiga och anseendemässiga konsekvenser.",
              "en": "The business impact analysis is updated regularly and also assesses financial, contractual and reputational impacts."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Liiketoiminnan vaikutusanalyysi tehdään",
              "sv": "En konsekvensanalys för verksamheten görs",
              "en": "Make a business impact analysis"
            },
            "description": {
              "fi": "Tunnistetaan kriittiset toiminnot ja määritetään kullekin pisin siedettävä keskeytysaika (MTPD): kuinka kauan toiminta voi olla poikki ennen kuin vahingot ovat kohtuuttomia asiakkaille, taloudelle tai sopimuksille.",
              "sv": "Identifiera de kritiska funktionerna och fastställ för var och en den längsta acceptabla avbrottstiden (MTPD): hur länge verksamheten kan ligga nere innan skadorna blir oskäliga för kunderna, ekonomin eller avtalen.",
              "en": "Identify the critical functions and set for each the maximum tolerable period of disruption (MTPD): how long the activity can be down before the harm to customers, finances or contracts becomes unacceptable."
            }
          }
        },
        {
          "code": "R3",
          "text": {
            "fi": "Kriittisille toiminnoille ja tiedoille on asetettu palautumisaikatavoite (RTO) ja hyväksyttävä tietojen menetys (RPO), ja keinot niiden saavuttamiseksi tunnetaan.",
            "sv": "För de kritiska funktionerna och uppgifterna har mål för återställningstid (RTO) och acceptabel dataförlust (RPO) fastställts, och medlen för att nå dem är kända.",
            "en": "Recovery time objectives (RTO) and acceptable data loss (RPO) have been set for the critical functions and data, and the means to meet them are known."
          },
          "levels": [
            {
              "fi": "Palautumistavoitteita ei ole asetettu.",
              "sv": "Inga återställningsmål har fastställts.",
              "en": "No recovery objectives have been set."
            },
            {
              "fi": "Palautumisesta on karkea käsitys, mutta tavoitteita ei ole kirjattu.",
              "sv": "Det finns en grov uppfattning om återställningen, men inga mål har dokumenterats.",
              "en": "There is a rough idea of recovery, but no objectives are written down."
            },
            {
              "fi": "Tavoitteet on asetettu osalle toiminnoista, mutta keinoja niiden saavuttamiseen ei ole varmistettu.",
              "sv": "Mål har fastställts för en del av funktionerna, men medlen för att nå dem har inte säkerställts.",
              "en": "Objectives are set for some functions, but the means to meet them have not been ensured."
            },
            {
              "fi": "Tavoitteet on kirjattu kaikille kriittisille toiminnoille, ja palautumiskeinot on suunniteltu.",
              "sv": "Mål har dokumenterats för alla kritiska funktioner, och återställningsmedlen har planerats.",
              "en": "Objectives are written down for all critical functions, and the means of recovery are planned."
            },
            {
              "fi": "Palautumiskeinot on testattu, ja tavoitteet saavutetaan testeissä.",
              "sv": "Återställningsmedlen har testats, och målen nås i testerna.",
              "en": "The means of recovery have been tested, and the objectives are met in the tests."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Palautumisaikatavoitteet asetetaan kriittisille toiminnoille",
              "sv": "Mål för återställningstid fastställs för de kritiska funktionerna",
              "en": "Set recovery time objectives for the critical functions"
            },
            "description": {
              "fi": "Asetetaan kullekin kriittiselle toiminnolle palautumisaikatavoite (RTO) ja tiedoille hyväksyttävä tietojen menetys (RPO). Tavoitteiden on oltava lyhyempiä kuin pisin siedettävä keskeytysaika. Kirjataan keinot, joilla tavoitteet saavutetaan.",
              "sv": "Fastställ för varje kritisk funktion ett mål för återställningstid (RTO) och för uppgifterna en acceptabel dataförlust (RPO). Målen ska vara kortare än den längsta acceptabla avbrottstiden. Dokumentera medlen för att nå målen.",
              "en": "Set a recovery time objective (RTO) for each critical function and an acceptable data loss (RPO) for its data. The objectives must be shorter than the maximum tolerable period of disruption. Write down the means to meet them."
            }
          }
        },
        {
          "code": "R4",
          "text": {
            "fi": "Kriittisten toimintojen riippuvuudet henkilöistä, toimitiloista, tietojärjestelmistä, toimittajista ja tiedoista on kartoitettu.",
            "sv": "De kritiska funktionernas beroenden av personer, lokaler, informationssystem, leverantörer och uppgifter har kartlagts.",
            "en": "The dependencies of the critical functions on people, premises, information systems, suppliers and data have been mapped."
          },
          "levels": [
            {
              "fi": "Riippuvuuksia ei ole kartoitettu.",
              "sv": "Beroendena har inte kartlagts.",
              "en": "Dependencies have not been mapped."
            },
            {
              "fi": "Tärkeimmät riippuvuudet tiedetään, mutta niitä ei ole kirjattu.",
              "sv": "De viktigaste beroendena är kända men inte dokumenterade.",
              "en": "The main dependencies are known but not written down."
            },
            {
              "fi": "Osa riippuvuuksista on kirjattu, esimerkiksi vain tietojärjestelmät.",
              "sv": "En del av beroendena har dokumenterats, till exempel endast informationssystemen.",
              "en": "Some dependencies are written down, for example information systems only."
            },
            {
              "fi": "Kaikkien kriittisten toimintojen riippuvuudet on kirjattu ja niille on mietitty varajärjestelyt.",
              "sv": "Beroendena för alla kritiska funktioner har dokumenterats och reservarrangemang har planerats.",
              "en": "The dependencies of all critical functions are written down, and fallback arrangements have been considered."
            },
            {
              "fi": "Riippuvuuskartta pidetään ajan tasalla, ja varajärjestelyt on sovittu ja testattu.",
              "sv": "Beroendekartan hålls aktuell, och reservarrangemangen har avtalats och testats.",
              "en": "The dependency map is kept up to date, and the fallback arrangements are agreed and tested."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriittisten toimintojen riippuvuudet kartoitetaan",
              "sv": "De kritiska funktionernas beroenden kartläggs",
              "en": "Map the dependencies of the critical functions"
            },
            "description": {
              "fi": "Kirjataan kunkin kriittisen toiminnon riippuvuudet henkilöistä, toimitiloista, tietojärjestelmistä, toimittajista ja tiedoista, ja mietitään jokaiselle yksittäiselle heikolle kohdalle varajärjestely.",
              "sv": "Dokumentera varje kritisk funktions beroenden av personer, lokaler, informationssystem, leverantörer och uppgifter, och planera ett reservarrangemang för varje enskild svag punkt.",
              "en": "Write down the dependencies of each critical function on people, premises, information systems, suppliers and data, and plan a fallback for every single point of failure."
            }
          }
        }
      ]
    },
    {
      "code": "PERSONNEL",
      "title": {
        "fi": "Henkilöstö",
        "sv": "Personal",
        "en": "Personnel"
      },
      "description": {
        "fi": "Avainhenkilöt, sijaisuudet ja henkilöstön toimintakyky häiriötilanteessa.",
        "sv": "Nyckelpersoner, ersättare och personalens funktionsförmåga i störningssituationer.",
        "en": "Key persons, deputies and the staff's ability to act in a disruption."
      },
      "questions": [
        {
          "code": "P1",
          "text": {
            "fi": "Avainhenkilöt on tunnistettu, ja heille on nimetty perehdytetyt varahenkilöt.",
            "sv": "Nyckelpersonerna har identifierats, och för dem har introducerade ersättare utsetts.",
            "en": "Key persons have been identified, and trained deputies have been named for them."
          },
          "levels": [
            {
              "fi": "Avainhenkilöitä ei ole tunnistettu.",
              "sv": "Nyckelpersonerna har inte identifierats.",
              "en": "Key persons have not been identified."
            },
            {
              "fi": "Avainhenkilöt tiedetään, mutta heille ei ole varahenkilöitä.",
              "sv": "Nyckelpersonerna är kända, men de har inga ersättare.",
              "en": "The key persons are known, but they have no deputies."
            },
            {
              "fi": "Varahenkilöt on nimetty osalle avainhenkilöistä, mutta perehdytys on puutteellista.",
              "sv": "Ersättare har utsetts för en del av nyckelpersonerna, men introduktionen är bristfällig.",
              "en": "Deputies are named for some key persons, but their training is incomplete."
            },
            {
              "fi": "Kaikilla avainhenkilöillä on perehdytetty varahenkilö, ja kriittiset työohjeet on kirjattu.",
              "sv": "Alla nyckelpersoner har en introducerad ersättare, och de kritiska arbetsinstruktionerna har dokumenterats.",
              "en": "Every key person has a trained deputy, and the critical work instructions are written down."
            },
            {
              "fi": "Varahenkilöt hoitavat tehtäviä säännöllisesti, ja osaaminen on jaettu usealle henkilölle.",
              "sv": "Ersättarna sköter uppgifterna regelbundet, och kunnandet är fördelat på flera personer.",
              "en": "Deputies carry out the tasks regularly, and the know-how is shared by several people."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Avainhenkilöille nimetään ja perehdytetään varahenkilöt",
              "sv": "Ersättare för nyckelpersonerna utses och introduceras",
              "en": "Name and train deputies for key persons"
            },
            "description": {
              "fi": "Tunnistetaan henkilöt, joiden poissaolo pysäyttäisi kriittisen toiminnon. Kullekin nimetään varahenkilö, joka perehdytetään, ja kriittiset työvaiheet kirjataan ohjeiksi.",
              "sv": "Identifiera de personer vars frånvaro skulle stoppa en kritisk funktion. Utse en ersättare för var och en, introducera ersättaren och dokumentera de kritiska arbetsmomenten som instruktioner.",
              "en": "Identify the persons whose absence would stop a critical function. Name a deputy for each, train the deputy, and write the critical work steps down as instructions."
            }
          }
        },
        {
          "code": "P2",
          "text": {
            "fi": "Organisaatiolla on suunnitelma toiminnan jatkamisesta tilanteessa, jossa suuri osa henkilöstöstä on poissa (esimerkiksi epidemia tai liikenteen katkos).",
            "sv": "Organisationen har en plan för att fortsätta verksamheten när en stor del av personalen är borta (till exempel vid en epidemi eller ett trafikavbrott).",
            "en": "The organisation has a plan for continuing when a large share of the staff is absent (for example in an epidemic or a transport disruption)."
          },
          "levels": [
            {
              "fi": "Laajaan poissaoloon ei ole varauduttu.",
              "sv": "Ingen beredskap finns för omfattande frånvaro.",
              "en": "There is no preparation for large-scale absence."
            },
            {
              "fi": "Laajaa poissaoloa on pohdittu, mutta suunnitelmaa ei ole.",
              "sv": "Omfattande frånvaro har diskuterats, men det finns ingen plan.",
              "en": "Large-scale absence has been considered, but there is no plan."
            },
            {
              "fi": "Suunnitelma on olemassa osittain, esimerkiksi vain etätyön osalta.",
              "sv": "En plan finns delvis, till exempel endast för distansarbete.",
              "en": "A plan exists in part, for example for remote work only."
            },
            {
              "fi": "On kirjattu, mitkä toiminnot jatkuvat ja millä henkilöstöllä, jos puolet on poissa.",
              "sv": "Det är dokumenterat vilka funktioner som fortsätter och med vilken personal om hälften är borta.",
              "en": "It is written down which functions continue, and with which staff, if half are absent."
            },
            {
              "fi": "Suunnitelmaa on harjoiteltu, ja siinä on sovittu myös lisähenkilöstön saannista.",
              "sv": "Planen har övats och omfattar även anskaffning av tilläggspersonal.",
              "en": "The plan has been exercised and also covers obtaining extra staff."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Laajan henkilöstövajeen varalle laaditaan suunnitelma",
              "sv": "En plan för omfattande personalbrist utarbetas",
              "en": "Make a plan for a large staff shortage"
            },
            "description": {
              "fi": "Kirjataan, mitkä toiminnot jatkuvat ja mitkä keskeytetään, jos esimerkiksi puolet henkilöstöstä on poissa, ja miten tehtäviä siirretään ja lisähenkilöstöä hankitaan.",
              "sv": "Dokumentera vilka funktioner som fortsätter och vilka som avbryts om till exempel hälften av personalen är borta, och hur uppgifter omfördelas och tilläggspersonal anskaffas.",
              "en": "Write down which functions continue and which are suspended if, for example, half of the staff are absent, and how tasks are reassigned and extra staff obtained."
            }
          }
        },
        {
          "code": "P3",
          "text": {
            "fi": "Henkilöstö tietää, miten häiriötilanteessa toimitaan, ja heidät tavoitetaan myös työajan ulkopuolella.",
            "sv": "Personalen vet hur man ska agera i en störningssituation och kan nås även utanför arbetstid.",
            "en": "The staff know what to do in a disruption and can be reached outside working hours too."
          },
          "levels": [
            {
              "fi": "Henkilöstöä ei ole ohjeistettu.",
              "sv": "Personalen har inte instruerats.",
              "en": "The staff have not been instructed."
            },
            {
              "fi": "Ohjeet annetaan suullisesti tarpeen mukaan.",
              "sv": "Instruktioner ges muntligt vid behov.",
              "en": "Instructions are given orally when needed."
            },
            {
              "fi": "Kirjalliset ohjeet on, mutta niitä ei ole käyty läpi eikä hälytystapaa ole sovittu.",
              "sv": "Skriftliga instruktioner finns, men de har inte gåtts igenom och inget sätt att larma har avtalats.",
              "en": "Written instructions exist, but they have not been gone through and no way of alerting has been agreed."
            },
            {
              "fi": "Ohjeet käydään läpi perehdytyksessä, ja henkilöstön hälyttämiseen on sovittu tapa.",
              "sv": "Instruktionerna gås igenom vid introduktionen, och ett sätt att larma personalen har avtalats.",
              "en": "The instructions are covered in induction, and a way of alerting the staff has been agreed."
            },
            {
              "fi": "Henkilöstö harjoittelee toimintaa häiriötilanteessa, ja hälyttämistä testataan säännöllisesti.",
              "sv": "Personalen övar agerandet i störningssituationer, och larmningen testas regelbundet.",
              "en": "The staff practise acting in a disruption, and alerting is tested regularly."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Henkilöstön häiriötilanneohje ja hälytyskäytäntö otetaan käyttöön",
              "sv": "En instruktion för personalen och en larmrutin tas i bruk",
              "en": "Introduce a disruption instruction and an alerting practice for the staff"
            },
            "description": {
              "fi": "Laaditaan henkilöstölle lyhyt ohje toiminnasta häiriötilanteissa, sovitaan, miten henkilöstö tavoitetaan myös työajan ulkopuolella, ja käydään ohje läpi kaikkien kanssa.",
              "sv": "Utarbeta en kort instruktion för personalen om agerandet i störningssituationer, avtala hur personalen nås även utanför arbetstid och gå igenom instruktionen med alla.",
              "en": "Write a short instruction for the staff on what to do in a disruption, agree how staff are reached outside working hours too, and go through the instruction with everyone."
            }
          }
        }
      ]
    },
    {
      "code": "ICT",
      "title": {
        "fi": "Tietojärjestelmät ja kyberturvallisuus",
        "sv": "Informationssystem och cybersäkerhet",
        "en": "ICT and cyber security"
      },
      "description": {
        "fi": "Tietojen varmistus, tietoturvan perusasiat ja varautuminen tietoliikenne- ja järjestelmäkatkoihin.",
        "sv": "Säkerhetskopiering, grunderna i informationssäkerhet och beredskap för avbrott i dataförbindelser och system.",
        "en": "Backups, the basics of information security, and preparedness for outages of data connections and systems."
      },
      "questions": [
        {
          "code": "I1",
          "text": {
            "fi": "Kriittisistä tiedoista otetaan säännöllisesti varmuuskopiot, joita säilytetään erillään, ja tietojen palauttaminen on testattu.",
            "sv": "Kritiska uppgifter säkerhetskopieras regelbundet, kopiorna förvaras separat och återställningen har testats.",
            "en": "Critical data are backed up regularly, the backups are kept separately, and restoring the data has been tested."
          },
          "levels": [
            {
              "fi": "Varmuuskopioita ei oteta.",
              "sv": "Inga säkerhetskopior tas.",
              "en": "No backups are taken."
            },
            {
              "fi": "Varmuuskopioita otetaan satunnaisesti.",
              "sv": "Säkerhetskopior tas sporadiskt.",
              "en": "Backups are taken now and then."
            },
            {
              "fi": "Varmuuskopiot otetaan säännöllisesti, mutta niitä säilytetään samassa paikassa tai palautusta ei ole testattu.",
              "sv": "Säkerhetskopior tas regelbundet, men de förvaras på samma ställe eller återställningen har inte testats.",
              "en": "Backups are taken regularly, but they are kept in the same place or restoring has not been tested."
            },
            {
              "fi": "Varmuuskopiot otetaan automaattisesti, niitä säilytetään erillään, ja palautus on testattu.",
              "sv": "Säkerhetskopior tas automatiskt, förvaras separat och återställningen har testats.",
              "en": "Backups are taken automatically and kept separately, and restoring has been tested."
            },
            {
              "fi": "Palautus testataan säännöllisesti, ja varmuuskopiot on suojattu myös kiristyshaittaohjelmalta.",
              "sv": "Återställningen testas regelbundet, och säkerhetskopiorna är skyddade även mot utpressningsprogram.",
              "en": "Restoring is tested regularly, and the backups are protected against ransomware too."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varmuuskopiointi järjestetään ja palautus testataan",
              "sv": "Säkerhetskopieringen ordnas och återställningen testas",
              "en": "Arrange backups and test restoring"
            },
            "description": {
              "fi": "Varmistetaan, että kriittisistä tiedoista otetaan automaattisesti varmuuskopiot, joita säilytetään erillään muusta ympäristöstä, ja testataan tietojen palautus vähintään kerran vuodessa.",
              "sv": "Säkerställ att kritiska uppgifter säkerhetskopieras automatiskt och att kopiorna förvaras åtskilda från den övriga miljön, och testa återställningen minst en gång om året.",
              "en": "Make sure critical data are backed up automatically and the backups kept apart from the rest of the environment, and test restoring at least once a year."
            }
          }
        },
        {
          "code": "I2",
          "text": {
            "fi": "Tietoturvan perusasiat ovat kunnossa: ohjelmistopäivitykset, monivaiheinen tunnistautuminen, käyttöoikeuksien hallinta ja henkilöstön ohjeistus.",
            "sv": "Grunderna i informationssäkerheten är i ordning: programuppdateringar, flerfaktorsautentisering, hantering av användarrättigheter och instruktioner för personalen.",
            "en": "The basics of information security are in order: software updates, multi-factor authentication, management of access rights and instructions for the staff."
          },
          "levels": [
            {
              "fi": "Tietoturvaan ei ole kiinnitetty huomiota.",
              "sv": "Ingen uppmärksamhet har fästs vid informationssäkerheten.",
              "en": "No attention has been paid to information security."
            },
            {
              "fi": "Joitakin perusasioita on hoidettu, mutta kokonaisuutta ei hallita.",
              "sv": "En del grundläggande saker har skötts, men helheten hanteras inte.",
              "en": "Some basics are in place, but the whole is not managed."
            },
            {
              "fi": "Perusasiat on hoidettu useimmissa järjestelmissä, mutta käyttöoikeuksia ja ohjeistusta ei ylläpidetä.",
              "sv": "Grunderna är skötta i de flesta system, men användarrättigheter och instruktioner upprätthålls inte.",
              "en": "The basics are in place in most systems, but access rights and instructions are not maintained."
            },
            {
              "fi": "Perusasiat on hoidettu kaikissa kriittisissä järjestelmissä, ja henkilöstö on ohjeistettu.",
              "sv": "Grunderna är skötta i alla kritiska system, och personalen har instruerats.",
              "en": "The basics are in place in all critical systems, and the staff have been instructed."
            },
            {
              "fi": "Tietoturvaa arvioidaan säännöllisesti, ja organisaatio seuraa viranomaisten varoituksia ja toimii niiden mukaan.",
              "sv": "Informationssäkerheten bedöms regelbundet, och organisationen följer myndigheternas varningar och agerar enligt dem.",
              "en": "Information security is assessed regularly, and the organisation follows the authorities' warnings and acts on them."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Tietoturvan perusasiat kuntoon",
              "sv": "Grunderna i informationssäkerheten ordnas",
              "en": "Put the basics of information security in order"
            },
            "description": {
              "fi": "Otetaan käyttöön monivaiheinen tunnistautuminen, automaattiset päivitykset ja käyttöoikeuksien säännöllinen tarkistus, ja ohjeistetaan henkilöstö tunnistamaan huijausviestit. Kyberturvallisuuskeskuksen ohjeet ja varoitukset otetaan seurantaan.",
              "sv": "Ta i bruk flerfaktorsautentisering, automatiska uppdateringar och regelbunden granskning av användarrättigheter, och lär personalen att känna igen bedrägliga meddelanden. Följ Cybersäkerhetscentrets anvisningar och varningar.",
              "en": "Introduce multi-factor authentication, automatic updates and a regular review of access rights, and teach the staff to recognise fraudulent messages. Follow the guidance and warnings of the National Cyber Security Centre."
            }
          }
        },
        {
          "code": "I3",
          "text": {
            "fi": "Organisaatio on varautunut tietoliikenneyhteyksien, pilvipalveluiden ja maksujärjestelmien katkoihin.",
            "sv": "Organisationen har förberett sig för avbrott i dataförbindelser, molntjänster och betalningssystem.",
            "en": "The organisation is prepared for outages of data connections, cloud services and payment systems."
          },
          "levels": [
            {
              "fi": "Katkoihin ei ole varauduttu.",
              "sv": "Ingen beredskap för avbrott finns.",
              "en": "There is no preparation for outages."
            },
            {
              "fi": "Katkon sattuessa keksitään ratkaisut tilanteen mukaan.",
              "sv": "Vid ett avbrott hittar man på lösningar efter situationen.",
              "en": "When an outage happens, solutions are improvised."
            },
            {
              "fi": "Osa varajärjestelyistä on olemassa, esimerkiksi varayhteys, mutta niitä ei ole kirjattu.",
              "sv": "En del reservarrangemang finns, till exempel en reservförbindelse, men de är inte dokumenterade.",
              "en": "Some fallbacks exist, for example a backup connection, but they are not written down."
            },
            {
              "fi": "Kriittisille järjestelmille on kirjatut varajärjestelyt, kuten varayhteys ja manuaalinen toimintatapa.",
              "sv": "De kritiska systemen har dokumenterade reservarrangemang, såsom reservförbindelse och manuellt arbetssätt.",
              "en": "The critical systems have written fallback arrangements, such as a backup connection and a manual way of working."
            },
            {
              "fi": "Varajärjestelyt on testattu, ja palveluntarjoajien kanssa on sovittu palautumisesta.",
              "sv": "Reservarrangemangen har testats, och återställningen har avtalats med tjänsteleverantörerna.",
              "en": "The fallback arrangements have been tested, and recovery has been agreed with the service providers."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varajärjestelyt tietoliikenne- ja järjestelmäkatkojen varalle",
              "sv": "Reservarrangemang för avbrott i dataförbindelser och system",
              "en": "Fallback arrangements for outages of data connections and systems"
            },
            "description": {
              "fi": "Kirjataan, miten kriittiset toiminnot jatkuvat, jos tietoliikenne, pilvipalvelu tai maksujärjestelmä on poikki: varayhteys, paperilomakkeet ja käteis- tai laskutusmenettely. Varajärjestelyt testataan.",
              "sv": "Dokumentera hur de kritiska funktionerna fortsätter om dataförbindelsen, molntjänsten eller betalningssystemet är ur funktion: reservförbindelse, pappersblanketter och kontant- eller faktureringsrutin. Reservarrangemangen testas.",
              "en": "Write down how the critical functions continue if the data connection, a cloud service or the payment system is down: a backup connection, paper forms and a cash or invoicing routine. Test the arrangements."
            }
          }
        }
      ]
    },
    {
      "code": "PREMISES",
      "title": {
        "fi": "Toimitilat ja energia",
        "sv": "Lokaler och energi",
        "en": "Premises and energy"
      },
      "description": {
        "fi": "Toimitilojen menetys sekä sähkön, lämmön, veden ja polttoaineen saanti, myös pitkässä talvisessa sähkökatkossa.",
        "sv": "Förlust av lokaler samt tillgång till el, värme, vatten och bränsle, även vid ett långvarigt elavbrott på vintern.",
        "en": "Loss of premises, and the supply of electricity, heat, water and fuel, including a long power outage in winter."
      },
      "questions": [
        {
          "code": "E1",
          "text": {
            "fi": "Organisaatio on varautunut pitkään sähkökatkoon talvella, esimerkiksi varavoimalla, lämmityksen turvaamisella ja vesijohtojen jäätymisen estämisellä.",
            "sv": "Organisationen har förberett sig för ett långvarigt elavbrott på vintern, till exempel med reservkraft, tryggad uppvärmning och skydd mot att vattenledningar fryser.",
            "en": "The organisation is prepared for a long power outage in winter, for example with standby power, secured heating and protection of water pipes against freezing."
          },
          "levels": [
            {
              "fi": "Sähkökatkoon ei ole varauduttu.",
              "sv": "Ingen beredskap för elavbrott finns.",
              "en": "There is no preparation for a power outage."
            },
            {
              "fi": "Lyhyisiin katkoihin on totuttu, mutta pitkää talvista katkoa ei ole mietitty.",
              "sv": "Korta avbrott är man van vid, men ett långt vinteravbrott har inte övervägts.",
              "en": "Short outages are familiar, but a long winter outage has not been considered."
            },
            {
              "fi": "Osa kriittisistä laitteista on varmistettu, mutta kiinteistön lämpöä ja vettä ei.",
              "sv": "En del av den kritiska utrustningen är säkrad, men inte fastighetens värme och vatten.",
              "en": "Some critical equipment is secured, but the building's heat and water are not."
            },
            {
              "fi": "Suunnitelma kattaa vähintään vuorokauden talvisen sähkökatkon, ja varavoima tai muut keinot ovat käytettävissä.",
              "sv": "Planen omfattar minst ett dygns elavbrott på vintern, och reservkraft eller andra medel finns att tillgå.",
              "en": "The plan covers at least a day-long power outage in winter, and standby power or other means are available."
            },
            {
              "fi": "Varavoimaa koekäytetään säännöllisesti, polttoainetta on varattu, ja suunnitelma kattaa usean vuorokauden katkon.",
              "sv": "Reservkraften provkörs regelbundet, bränsle har reserverats och planen omfattar ett avbrott på flera dygn.",
              "en": "Standby power is test-run regularly, fuel has been reserved, and the plan covers an outage of several days."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Pitkään talviseen sähkökatkoon varaudutaan",
              "sv": "Beredskap för ett långvarigt elavbrott på vintern",
              "en": "Prepare for a long power outage in winter"
            },
            "description": {
              "fi": "Selvitetään, mitä vuorokauden tai pidempi sähkökatko pakkasella tarkoittaa toiminnalle ja kiinteistölle (lämmitys, vesijohdot, kylmäketju, kulunvalvonta). Hankitaan tai sovitaan varavoima kriittisille kohteille ja koekäytetään se säännöllisesti.",
              "sv": "Utred vad ett elavbrott på ett dygn eller längre i kyla innebär för verksamheten och fastigheten (uppvärmning, vattenledningar, kylkedja, passerkontroll). Skaffa eller avtala reservkraft för de kritiska objekten och provkör den regelbundet.",
              "en": "Find out what a power outage of a day or more in freezing weather means for the activity and the building (heating, water pipes, cold chain, access control). Obtain or agree standby power for the critical sites and test-run it regularly."
            }
          }
        },
        {
          "code": "E2",
          "text": {
            "fi": "Jos toimitilat menetetään esimerkiksi tulipalon tai vesivahingon vuoksi, tiedetään, missä ja miten kriittiset toiminnot jatkuvat.",
            "sv": "Om lokalerna går förlorade, till exempel genom brand eller vattenskada, vet man var och hur de kritiska funktionerna fortsätter.",
            "en": "If the premises are lost, for example to a fire or water damage, it is known where and how the critical functions continue."
          },
          "levels": [
            {
              "fi": "Toimitilojen menetykseen ei ole varauduttu.",
              "sv": "Ingen beredskap för förlust av lokalerna finns.",
              "en": "There is no preparation for losing the premises."
            },
            {
              "fi": "Vaihtoehtoja on pohdittu, mutta mitään ei ole sovittu.",
              "sv": "Alternativ har övervägts, men inget har avtalats.",
              "en": "Alternatives have been considered, but nothing has been agreed."
            },
            {
              "fi": "Varatila on tiedossa, mutta sen käyttöönotosta ei ole suunnitelmaa.",
              "sv": "En reservlokal är känd, men det finns ingen plan för att ta den i bruk.",
              "en": "Alternative premises are known, but there is no plan for taking them into use."
            },
            {
              "fi": "Varatila tai etätyö on sovittu kriittisille toiminnoille, ja siirtymisestä on kirjattu suunnitelma.",
              "sv": "En reservlokal eller distansarbete har avtalats för de kritiska funktionerna, och flytten har planerats skriftligt.",
              "en": "Alternative premises or remote work are agreed for the critical functions, and the move is planned in writing."
            },
            {
              "fi": "Varatilaan siirtymistä on harjoiteltu, ja tarvittavat laitteet ja tarvikkeet ovat saatavilla.",
              "sv": "Flytten till reservlokalen har övats, och nödvändig utrustning och nödvändiga förnödenheter finns att tillgå.",
              "en": "The move to the alternative premises has been exercised, and the equipment and supplies needed are available."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varatila kriittisille toiminnoille sovitaan",
              "sv": "En reservlokal för de kritiska funktionerna avtalas",
              "en": "Agree alternative premises for the critical functions"
            },
            "description": {
              "fi": "Sovitaan varatila tai muu järjestely, jossa kriittiset toiminnot voivat jatkua, jos omat tilat menetetään, ja kirjataan, miten sinne siirrytään ja mitä laitteita tarvitaan.",
              "sv": "Avtala en reservlokal eller ett annat arrangemang där de kritiska funktionerna kan fortsätta om de egna lokalerna går förlorade, och dokumentera hur flytten sker och vilken utrustning som behövs.",
              "en": "Agree alternative premises or another arrangement where the critical functions can continue if the own premises are lost, and write down how the move is made and what equipment is needed."
            }
          }
        },
        {
          "code": "E3",
          "text": {
            "fi": "Polttoaineen, veden ja lämmön saanti on turvattu vähintään niin pitkäksi ajaksi, kuin kriittiset toiminnot on pidettävä käynnissä.",
            "sv": "Tillgången till bränsle, vatten och värme är tryggad åtminstone så länge som de kritiska funktionerna måste hållas i gång.",
            "en": "The supply of fuel, water and heat is secured for at least as long as the critical functions must be kept running."
          },
          "levels": [
            {
              "fi": "Saantia ei ole turvattu.",
              "sv": "Tillgången är inte tryggad.",
              "en": "The supply is not secured."
            },
            {
              "fi": "Saannin turvaamista on pohdittu, mutta mitään ei ole tehty.",
              "sv": "Att trygga tillgången har övervägts, men inget har gjorts.",
              "en": "Securing the supply has been considered, but nothing has been done."
            },
            {
              "fi": "Saanti on turvattu osittain, esimerkiksi pienellä polttoainevarastolla.",
              "sv": "Tillgången är delvis tryggad, till exempel med ett litet bränslelager.",
              "en": "The supply is secured in part, for example with a small fuel store."
            },
            {
              "fi": "Saanti on turvattu sopimuksin tai varastoin vähintään pisimmän siedettävän keskeytysajan verran.",
              "sv": "Tillgången är tryggad genom avtal eller lager för minst den längsta acceptabla avbrottstiden.",
              "en": "The supply is secured by contracts or stores for at least the maximum tolerable period of disruption."
            },
            {
              "fi": "Järjestelyt on testattu, ja toimittajien kanssa on sovittu toimituksista häiriötilanteessa.",
              "sv": "Arrangemangen har testats, och leveranser i störningssituationer har avtalats med leverantörerna.",
              "en": "The arrangements have been tested, and deliveries in disruptions have been agreed with the suppliers."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Polttoaineen, veden ja lämmön saanti turvataan",
              "sv": "Tillgången till bränsle, vatten och värme tryggas",
              "en": "Secure the supply of fuel, water and heat"
            },
            "description": {
              "fi": "Arvioidaan, paljonko polttoainetta, vettä ja lämpöä kriittiset toiminnot tarvitsevat, ja turvataan saanti varastoilla tai sopimuksilla vähintään pisimmän siedettävän keskeytysajan ajaksi.",
              "sv": "Bedöm hur mycket bränsle, vatten och värme de kritiska funktionerna behöver, och trygga tillgången med lager eller avtal för minst den längsta acceptabla avbrottstiden.",
              "en": "Assess how much fuel, water and heat the critical functions need, and secure the supply with stores or contracts for at least the maximum tolerable period of disruption."
            }
          }
        }
      ]
    },
    {
      "code": "SUPPLY",
      "title": {
        "fi": "Toimitusketju",
        "sv": "Leveranskedja",
        "en": "Supply chain"
      },
      "description": {
        "fi": "Kriittiset toimittajat ja alihankkijat, vaihtoehtoiset toimitukset ja sopimukset.",
        "sv": "Kritiska leverantörer och underleverantörer, alternativa leveranser och avtal.",
        "en": "Critical suppliers and subcontractors, alternative supplies, and contracts."
      },
      "questions": [
        {
          "code": "S1",
          "text": {
            "fi": "Kriittiset toimittajat ja alihankkijat on tunnistettu, ja niiden varautuminen tunnetaan.",
            "sv": "De kritiska leverantörerna och underleverantörerna har identifierats, och deras beredskap är känd.",
            "en": "The critical suppliers and subcontractors have been identified, and their preparedness is known."
          },
          "levels": [
            {
              "fi": "Kriittisiä toimittajia ei ole tunnistettu.",
              "sv": "De kritiska leverantörerna har inte identifierats.",
              "en": "The critical suppliers have not been identified."
            },
            {
              "fi": "Kriittiset toimittajat tiedetään, mutta niiden varautumista ei tunneta.",
              "sv": "De kritiska leverantörerna är kända, men deras beredskap är inte känd.",
              "en": "The critical suppliers are known, but their preparedness is not."
            },
            {
              "fi": "Kriittiset toimittajat on kirjattu, ja osan varautumisesta on kysytty.",
              "sv": "De kritiska leverantörerna är dokumenterade, och en del har tillfrågats om sin beredskap.",
              "en": "The critical suppliers are written down, and some have been asked about their preparedness."
            },
            {
              "fi": "Kaikkien kriittisten toimittajien varautuminen on selvitetty ja arvioitu.",
              "sv": "Alla kritiska leverantörers beredskap har utretts och bedömts.",
              "en": "The preparedness of all critical suppliers has been found out and assessed."
            },
            {
              "fi": "Toimittajien varautumista seurataan säännöllisesti, ja sitä edellytetään hankinnoissa.",
              "sv": "Leverantörernas beredskap följs upp regelbundet och krävs vid upphandlingar.",
              "en": "The suppliers' preparedness is followed up regularly and required in procurement."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriittisten toimittajien varautuminen selvitetään",
              "sv": "De kritiska leverantörernas beredskap utreds",
              "en": "Find out the preparedness of the critical suppliers"
            },
            "description": {
              "fi": "Listataan toimittajat ja alihankkijat, joiden toimituskatko pysäyttäisi kriittisen toiminnon, ja selvitetään niiden varautuminen esimerkiksi kyselyllä tai tapaamisessa.",
              "sv": "Lista de leverantörer och underleverantörer vars leveransavbrott skulle stoppa en kritisk funktion, och utred deras beredskap till exempel med en enkät eller vid ett möte.",
              "en": "List the suppliers and subcontractors whose failure to deliver would stop a critical function, and find out their preparedness, for example with a questionnaire or in a meeting."
            }
          }
        },
        {
          "code": "S2",
          "text": {
            "fi": "Kriittisille toimituksille on vaihtoehtoiset toimittajat tai riittävä varmuusvarasto.",
            "sv": "För de kritiska leveranserna finns alternativa leverantörer eller ett tillräckligt säkerhetslager.",
            "en": "The critical supplies have alternative suppliers or a sufficient safety stock."
          },
          "levels": [
            {
              "fi": "Vaihtoehtoja ei ole.",
              "sv": "Inga alternativ finns.",
              "en": "There are no alternatives."
            },
            {
              "fi": "Vaihtoehtoisia toimittajia tiedetään, mutta niiden kanssa ei ole sovittu mitään.",
              "sv": "Alternativa leverantörer är kända, men inget har avtalats med dem.",
              "en": "Alternative suppliers are known, but nothing has been agreed with them."
            },
            {
              "fi": "Osalle kriittisistä toimituksista on vaihtoehto tai varasto.",
              "sv": "För en del av de kritiska leveranserna finns ett alternativ eller ett lager.",
              "en": "Some critical supplies have an alternative or a stock."
            },
            {
              "fi": "Kaikille kriittisille toimituksille on vaihtoehtoinen toimittaja tai varasto, joka riittää pisimmän siedettävän keskeytysajan yli.",
              "sv": "För alla kritiska leveranser finns en alternativ leverantör eller ett lager som räcker längre än den längsta acceptabla avbrottstiden.",
              "en": "Every critical supply has an alternative supplier or a stock that lasts beyond the maximum tolerable period of disruption."
            },
            {
              "fi": "Vaihtoehtoja käytetään säännöllisesti, ja varastojen riittävyyttä seurataan.",
              "sv": "Alternativen används regelbundet, och lagrens tillräcklighet följs upp.",
              "en": "The alternatives are used regularly, and the sufficiency of the stocks is followed up."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Vaihtoehtoiset toimittajat ja varmuusvarastot järjestetään",
              "sv": "Alternativa leverantörer och säkerhetslager ordnas",
              "en": "Arrange alternative suppliers and safety stocks"
            },
            "description": {
              "fi": "Hankitaan kullekin kriittiselle toimitukselle vaihtoehtoinen toimittaja tai varasto, joka riittää vähintään pisimmän siedettävän keskeytysajan yli.",
              "sv": "Skaffa för varje kritisk leverans en alternativ leverantör eller ett lager som räcker minst längre än den längsta acceptabla avbrottstiden.",
              "en": "Obtain for each critical supply an alternative supplier or a stock that lasts at least beyond the maximum tolerable period of disruption."
            }
          }
        },
        {
          "code": "S3",
          "text": {
            "fi": "Toimitussopimuksissa on sovittu toimituksista häiriötilanteissa, esimerkiksi palvelutasoista, priorisoinnista ja yhteyshenkilöistä.",
            "sv": "I leveransavtalen har leveranser i störningssituationer avtalats, till exempel servicenivåer, prioritering och kontaktpersoner.",
            "en": "The supply contracts cover deliveries in disruptions, for example service levels, prioritisation and contact persons."
          },
          "levels": [
            {
              "fi": "Sopimuksissa ei ole mainintaa häiriötilanteista.",
              "sv": "Avtalen nämner inte störningssituationer.",
              "en": "The contracts do not mention disruptions."
            },
            {
              "fi": "Häiriötilanteista on sovittu suullisesti joidenkin toimittajien kanssa.",
              "sv": "Störningssituationer har avtalats muntligt med en del leverantörer.",
              "en": "Disruptions have been agreed orally with some suppliers."
            },
            {
              "fi": "Osassa sopimuksista on häiriötilanteita koskevia ehtoja.",
              "sv": "En del av avtalen innehåller villkor om störningssituationer.",
              "en": "Some contracts have terms on disruptions."
            },
            {
              "fi": "Kaikissa kriittisissä sopimuksissa on sovittu palvelutaso ja toiminta häiriötilanteessa.",
              "sv": "I alla kritiska avtal har servicenivån och agerandet i störningssituationer avtalats.",
              "en": "All critical contracts agree the service level and what is done in a disruption."
            },
            {
              "fi": "Sopimusehtoja seurataan, ja niiden toteutumista arvioidaan yhdessä toimittajien kanssa.",
              "sv": "Avtalsvillkoren följs upp, och hur de uppfylls bedöms tillsammans med leverantörerna.",
              "en": "The contract terms are followed up, and how they are met is assessed together with the suppliers."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Häiriötilanteita koskevat ehdot lisätään kriittisiin sopimuksiin",
              "sv": "Villkor om störningssituationer förs in i de kritiska avtalen",
              "en": "Add terms on disruptions to the critical contracts"
            },
            "description": {
              "fi": "Lisätään kriittisiin toimitussopimuksiin ehdot toimituksista häiriötilanteissa: palvelutaso, priorisointi, yhteyshenkilöt ja tiedottaminen.",
              "sv": "För in villkor om leveranser i störningssituationer i de kritiska leveransavtalen: servicenivå, prioritering, kontaktpersoner och information.",
              "en": "Add terms on deliveries in disruptions to the critical supply contracts: service level, prioritisation, contact persons and informing."
            }
          }
        }
      ]
    },
    {
      "code": "COMMUNICATION",
      "title": {
        "fi": "Viestintä ja yhteistyö",
        "sv": "Kommunikation och samarbete",
        "en": "Communications and cooperation"
      },
      "description": {
        "fi": "Kriisiviestintä henkilöstölle, asiakkaille, viranomaisille ja medialle sekä yhteistyö alueen toimijoiden kanssa.",
        "sv": "Kriskommunikation till personal, kunder, myndigheter och medier samt samarbete med regionens aktörer.",
        "en": "Crisis communication to staff, customers, authorities and the media, and cooperation with the region's actors."
      },
      "questions": [
        {
          "code": "C1",
          "text": {
            "fi": "Häiriötilanteen viestinnästä on suunnitelma: kuka viestii, kenelle (henkilöstö, asiakkaat, viranomaiset, media) ja millä kanavilla.",
            "sv": "Det finns en plan för kommunikationen i störningssituationer: vem som kommunicerar, till vem (personal, kunder, myndigheter, medier) och i vilka kanaler.",
            "en": "There is a plan for communication in a disruption: who communicates, to whom (staff, customers, authorities, media) and through which channels."
          },
          "levels": [
            {
              "fi": "Viestinnästä ei ole sovittu.",
              "sv": "Kommunikationen har inte avtalats.",
              "en": "Communication has not been agreed."
            },
            {
              "fi": "Viestinnästä päätetään tilanteen mukaan.",
              "sv": "Kommunikationen bestäms efter situationen.",
              "en": "Communication is decided as the situation goes."
            },
            {
              "fi": "Vastuuhenkilö on sovittu, mutta kohderyhmiä ja kanavia ei ole mietitty.",
              "sv": "En ansvarsperson har avtalats, men målgrupper och kanaler har inte planerats.",
              "en": "A responsible person is agreed, but audiences and channels have not been considered."
            },
            {
              "fi": "Kriisiviestinnän suunnitelma, vastuut ja viestipohjat on kirjattu.",
              "sv": "En plan för kriskommunikation, ansvar och meddelandemallar har dokumenterats.",
              "en": "A crisis communication plan, responsibilities and message templates are written down."
            },
            {
              "fi": "Kriisiviestintää on harjoiteltu, ja suunnitelma toimii myös ilman sähköä ja tietoliikenneyhteyksiä.",
              "sv": "Kriskommunikationen har övats, och planen fungerar även utan el och dataförbindelser.",
              "en": "Crisis communication has been exercised, and the plan works without electricity and data connections too."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriisiviestinnän suunnitelma ja viestipohjat laaditaan",
              "sv": "En plan och meddelandemallar för kriskommunikation utarbetas",
              "en": "Make a crisis communication plan and message templates"
            },
            "description": {
              "fi": "Kirjataan, kuka viestii häiriötilanteessa, kenelle ja millä kanavilla, ja laaditaan valmiit viestipohjat henkilöstölle, asiakkaille ja yhteistyökumppaneille.",
              "sv": "Dokumentera vem som kommunicerar i en störningssituation, till vem och i vilka kanaler, och utarbeta färdiga meddelandemallar för personal, kunder och samarbetspartner.",
              "en": "Write down who communicates in a disruption, to whom and through which channels, and prepare message templates for staff, customers and partners."
            }
          }
        },
        {
          "code": "C2",
          "text": {
            "fi": "Henkilöstön, asiakkaiden, toimittajien ja viranomaisten yhteystiedot ovat ajan tasalla ja saatavilla myös ilman tietojärjestelmiä ja sähköä.",
            "sv": "Kontaktuppgifterna till personal, kunder, leverantörer och myndigheter är aktuella och tillgängliga även utan informationssystem och el.",
            "en": "The contact details of staff, customers, suppliers and authorities are up to date and available without information systems and electricity too."
          },
          "levels": [
            {
              "fi": "Yhteystietoja ei ole koottu.",
              "sv": "Kontaktuppgifterna har inte sammanställts.",
              "en": "Contact details have not been collected."
            },
            {
              "fi": "Yhteystiedot ovat eri ihmisten puhelimissa ja sähköposteissa.",
              "sv": "Kontaktuppgifterna finns i olika personers telefoner och e-post.",
              "en": "Contact details are in different people's phones and e-mail."
            },
            {
              "fi": "Yhteystiedot on koottu, mutta vain tietojärjestelmään.",
              "sv": "Kontaktuppgifterna har sammanställts, men endast i ett informationssystem.",
              "en": "Contact details are collected, but only in an information system."
            },
            {
              "fi": "Ajantasainen yhteystietoluettelo on saatavilla myös paperilla tai muuten ilman verkkoa.",
              "sv": "En aktuell kontaktförteckning finns även på papper eller på annat sätt utan nätverk.",
              "en": "An up-to-date contact list is available on paper too, or otherwise without a network."
            },
            {
              "fi": "Luettelo tarkistetaan säännöllisesti, ja sen käyttöä testataan harjoituksissa.",
              "sv": "Förteckningen granskas regelbundet, och användningen testas i övningar.",
              "en": "The list is checked regularly, and its use is tested in exercises."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Yhteystietoluettelo kootaan ja tulostetaan",
              "sv": "En kontaktförteckning sammanställs och skrivs ut",
              "en": "Collect and print a contact list"
            },
            "description": {
              "fi": "Kootaan henkilöstön, tärkeimpien asiakkaiden, toimittajien ja viranomaisten yhteystiedot yhteen luetteloon, pidetään se ajan tasalla ja säilytetään siitä kopio, joka on käytettävissä ilman sähköä ja tietoliikennettä.",
              "sv": "Sammanställ kontaktuppgifterna till personalen, de viktigaste kunderna, leverantörerna och myndigheterna i en förteckning, håll den aktuell och förvara en kopia som kan användas utan el och datatrafik.",
              "en": "Collect the contact details of the staff, the most important customers, suppliers and authorities into one list, keep it up to date and keep a copy that can be used without electricity or data connections."
            }
          }
        },
        {
          "code": "C3",
          "text": {
            "fi": "Organisaatio tuntee alueen varautumisyhteistyön (esimerkiksi kunnan valmiussuunnitelma, alueellinen elinkeinoelämän valmiustoimikunta ja Huoltovarmuuskeskus) ja osallistuu siihen.",
            "sv": "Organisationen känner till regionens beredskapssamarbete (till exempel kommunens beredskapsplan, näringslivets regionala beredskapskommitté och Försörjningsberedskapscentralen) och deltar i det.",
            "en": "The organisation knows the region's preparedness cooperation (for example the municipal preparedness plan, the regional business preparedness committee and the National Emergency Supply Agency) and takes part in it."
          },
          "levels": [
            {
              "fi": "Alueen varautumisyhteistyötä ei tunneta.",
              "sv": "Regionens beredskapssamarbete är okänt.",
              "en": "The region's preparedness cooperation is unknown."
            },
            {
              "fi": "Yhteistyöstä tiedetään, mutta siihen ei osallistuta.",
              "sv": "Samarbetet är känt, men organisationen deltar inte.",
              "en": "The cooperation is known, but the organisation does not take part."
            },
            {
              "fi": "Organisaatio on yhteydessä joihinkin viranomaisiin satunnaisesti.",
              "sv": "Organisationen har sporadiska kontakter med några myndigheter.",
              "en": "The organisation is in touch with some authorities now and then."
            },
            {
              "fi": "Organisaatio tuntee yhteistyön, sen yhteyshenkilöt ovat viranomaisten tiedossa, ja se osallistuu alueen tilaisuuksiin.",
              "sv": "Organisationen känner till samarbetet, dess kontaktpersoner är kända av myndigheterna och den deltar i regionens evenemang.",
              "en": "The organisation knows the cooperation, the authorities know its contact persons, and it takes part in the region's events."
            },
            {
              "fi": "Organisaatio osallistuu alueen valmiusharjoituksiin ja tarjoaa voimavarojaan alueen käyttöön.",
              "sv": "Organisationen deltar i regionens beredskapsövningar och erbjuder sina resurser för regionens bruk.",
              "en": "The organisation takes part in the region's preparedness exercises and offers its resources for the region's use."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Alueen varautumisyhteistyöhön osallistutaan",
              "sv": "Organisationen deltar i regionens beredskapssamarbete",
              "en": "Take part in the region's preparedness cooperation"
            },
            "description": {
              "fi": "Selvitetään oman kunnan ja alueen varautumisyhteistyö, ilmoitetaan yhteyshenkilö viranomaisille ja osallistutaan alueen tilaisuuksiin ja valmiusharjoituksiin. Voimavaroja voi tarjota alueen voimavararekisteriin.",
              "sv": "Ta reda på den egna kommunens och regionens beredskapssamarbete, meddela myndigheterna en kontaktperson och delta i regionens evenemang och beredskapsövningar. Resurser kan erbjudas till regionens resursregister.",
              "en": "Find out the preparedness cooperation of the own municipality and region, give the authorities a contact person, and take part in the region's events and preparedness exercises. Resources can be offered to the regional resource registry."
            }
          }
        }
      ]
    },
    {
      "code": "EXERCISES",
      "title": {
        "fi": "Harjoittelu ja oppiminen",
        "sv": "Övningar och lärande",
        "en": "Exercises and learning"
      },
      "description": {
        "fi": "Suunnitelmien harjoittelu, häiriöistä oppiminen ja suunnitelmien ylläpito (ISO 22301, kohdat 8.5, 9 ja 10).",
        "sv": "Övning av planerna, lärdomar av störningar och uppdatering av planerna (ISO 22301, avsnitt 8.5, 9 och 10).",
        "en": "Exercising the plans, learning from disruptions and maintaining the plans (ISO 22301, clauses 8.5, 9 and 10)."
      },
      "questions": [
        {
          "code": "X1",
          "text": {
            "fi": "Jatkuvuussuunnitelmia harjoitellaan säännöllisesti, esimerkiksi pöytäharjoituksina.",
            "sv": "Kontinuitetsplanerna övas regelbundet, till exempel som diskussionsövningar.",
            "en": "The continuity plans are exercised regularly, for example as tabletop exercises."
          },
          "levels": [
            {
              "fi": "Suunnitelmia ei harjoitella.",
              "sv": "Planerna övas inte.",
              "en": "The plans are not exercised."
            },
            {
              "fi": "Suunnitelmia on käyty läpi satunnaisesti.",
              "sv": "Planerna har gåtts igenom sporadiskt.",
              "en": "The plans have been gone through now and then."
            },
            {
              "fi": "Harjoitus on pidetty kerran, mutta säännöllisyyttä ei ole.",
              "sv": "En övning har hållits en gång, men ingen regelbundenhet finns.",
              "en": "An exercise has been held once, but not regularly."
            },
            {
              "fi": "Harjoitus pidetään vähintään kerran vuodessa, ja siitä kirjataan havainnot.",
              "sv": "En övning hålls minst en gång om året, och iakttagelserna dokumenteras.",
              "en": "An exercise is held at least once a year, and the findings are written down."
            },
            {
              "fi": "Harjoitukset kattavat eri skenaarioita, ja organisaatio osallistuu myös alueen yhteisharjoituksiin.",
              "sv": "Övningarna omfattar olika scenarier, och organisationen deltar även i regionens gemensamma övningar.",
              "en": "The exercises cover different scenarios, and the organisation also takes part in the region's joint exercises."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Vuosittainen pöytäharjoitus järjestetään",
              "sv": "En årlig diskussionsövning ordnas",
              "en": "Hold a yearly tabletop exercise"
            },
            "description": {
              "fi": "Järjestetään vähintään kerran vuodessa pöytäharjoitus, jossa käydään läpi esimerkiksi pitkä talvinen sähkökatko tai tietoliikennekatko, ja kirjataan havainnot ja korjaavat toimenpiteet.",
              "sv": "Ordna minst en gång om året en diskussionsövning där till exempel ett långvarigt elavbrott på vintern eller ett avbrott i dataförbindelserna gås igenom, och dokumentera iakttagelserna och de korrigerande åtgärderna.",
              "en": "Hold a tabletop exercise at least once a year, going through for example a long power outage in winter or a telecom outage, and write down the findings and the corrective measures."
            }
          }
        },
        {
          "code": "X2",
          "text": {
            "fi": "Häiriöistä ja läheltä piti -tilanteista otetaan opiksi: ne käydään läpi, ja suunnitelmia korjataan.",
            "sv": "Man lär sig av störningar och tillbud: de gås igenom, och planerna rättas.",
            "en": "Lessons are learned from disruptions and near misses: they are reviewed, and the plans are corrected."
          },
          "levels": [
            {
              "fi": "Häiriöitä ei käydä läpi.",
              "sv": "Störningar gås inte igenom.",
              "en": "Disruptions are not reviewed."
            },
            {
              "fi": "Häiriöistä puhutaan, mutta mitään ei kirjata.",
              "sv": "Störningar diskuteras, men inget dokumenteras.",
              "en": "Disruptions are talked about, but nothing is written down."
            },
            {
              "fi": "Suurimmat häiriöt käydään läpi, mutta korjaukset jäävät tekemättä.",
              "sv": "De största störningarna gås igenom, men rättelserna blir ogjorda.",
              "en": "The largest disruptions are reviewed, but the corrections are not made."
            },
            {
              "fi": "Häiriöt käydään läpi, opit kirjataan, ja korjaaville toimenpiteille nimetään vastuuhenkilöt.",
              "sv": "Störningarna gås igenom, lärdomarna dokumenteras och ansvarspersoner utses för de korrigerande åtgärderna.",
              "en": "Disruptions are reviewed, the lessons written down, and responsible persons named for the corrective measures."
            },
            {
              "fi": "Korjausten toteutumista seurataan, ja opit jaetaan myös yhteistyökumppaneille.",
              "sv": "Genomförandet av rättelserna följs upp, och lärdomarna delas även med samarbetspartner.",
              "en": "Whether the corrections are made is followed up, and the lessons are shared with partners too."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Häiriöiden jälkiarviointi otetaan käytännöksi",
              "sv": "Utvärdering i efterhand av störningar blir praxis",
              "en": "Make after-action reviews of disruptions a practice"
            },
            "description": {
              "fi": "Käydään jokainen merkittävä häiriö ja läheltä piti -tilanne läpi lyhyessä jälkiarvioinnissa, kirjataan opit ja sovitaan korjaavat toimenpiteet vastuuhenkilöineen.",
              "sv": "Gå igenom varje betydande störning och varje tillbud i en kort utvärdering i efterhand, dokumentera lärdomarna och avtala korrigerande åtgärder med ansvarspersoner.",
              "en": "Review every significant disruption and near miss in a short after-action review, write down the lessons, and agree corrective measures with responsible persons."
            }
          }
        },
        {
          "code": "X3",
          "text": {
            "fi": "Jatkuvuussuunnitelmat päivitetään vähintään kerran vuodessa ja aina, kun toiminta muuttuu olennaisesti.",
            "sv": "Kontinuitetsplanerna uppdateras minst en gång om året och alltid när verksamheten förändras väsentligt.",
            "en": "The continuity plans are updated at least once a year and whenever the activity changes significantly."
          },
          "levels": [
            {
              "fi": "Suunnitelmia ei ole tai niitä ei päivitetä.",
              "sv": "Det finns inga planer, eller de uppdateras inte.",
              "en": "There are no plans, or they are not updated."
            },
            {
              "fi": "Suunnitelmat päivitetään, kun joku huomaa niiden vanhentuneen.",
              "sv": "Planerna uppdateras när någon märker att de är föråldrade.",
              "en": "The plans are updated when someone notices they are out of date."
            },
            {
              "fi": "Suunnitelmat on päivitetty viimeisen kahden vuoden aikana, mutta ylläpidosta ei ole sovittu.",
              "sv": "Planerna har uppdaterats under de senaste två åren, men underhållet har inte avtalats.",
              "en": "The plans have been updated within the last two years, but their upkeep has not been agreed."
            },
            {
              "fi": "Suunnitelmien ylläpidosta vastaa nimetty henkilö, ja ne päivitetään vuosittain.",
              "sv": "En utsedd person ansvarar för underhållet av planerna, och de uppdateras årligen.",
              "en": "A named person is responsible for the upkeep of the plans, and they are updated yearly."
            },
            {
              "fi": "Päivitykset perustuvat harjoitusten, häiriöiden ja riskiarvion havaintoihin, ja johto hyväksyy ne.",
              "sv": "Uppdateringarna bygger på iakttagelser från övningar, störningar och riskbedömningen, och ledningen godkänner dem.",
              "en": "The updates draw on the findings of exercises, disruptions and the risk assessment, and management approves them."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Jatkuvuussuunnitelmien vuosittainen päivitys sovitaan",
              "sv": "En årlig uppdatering av kontinuitetsplanerna avtalas",
              "en": "Agree a yearly update of the continuity plans"
            },
            "description": {
              "fi": "Nimetään henkilö, joka päivittää jatkuvuussuunnitelmat vuosittain ja aina toiminnan muuttuessa, ja viedään päivitys johdon hyväksyttäväksi.",
              "sv": "Utse en person som uppdaterar kontinuitetsplanerna årligen och alltid när verksamheten förändras, och för uppdateringen till ledningen för godkännande.",
              "en": "Name a person who updates the continuity plans yearly and whenever the activity changes, and take the update to management for approval."
            }
          }
        }
      ]
    }
  ]
}
$q$::jsonb);

SELECT continuity.import_questionnaire($q$
{
  "code": "BCM_LIGHT",
  "version": 1,
  "variant": "LIGHT",
  "title": {
    "fi": "Jatkuvuudenhallinnan pikatesti",
    "sv": "Snabbtest av kontinuitetshanteringen",
    "en": "Business continuity quick test"
  },
  "description": {
    "fi": "Kevennetty versio järjestöille, seurakunnille ja kunnille. Se sisältää täyden itsearvioinnin keskeisimmät kysymykset samoista osa-alueista, ja sen ajatus on sama kuin Kuntaliiton KUJA-hankkeiden pikatestissä. Kukin kysymys arvioidaan kypsyystasolla 0–4. Vastaukset näkyvät vain organisaatiosi käyttäjille; alue näkee niistä vain nimettömiä yhteenvetoja, joissa on vähintään kolme vastaajaa.",
    "sv": "En lättare version för organisationer, församlingar och kommuner. Den innehåller de viktigaste frågorna i den fullständiga självvärderingen inom samma delområden och bygger på samma tanke som snabbtestet i Kommunförbundets KUJA-projekt. Varje fråga bedöms på mognadsnivå 0–4. Svaren syns endast för din organisations användare; regionen ser bara anonyma sammanställningar med minst tre svarande.",
    "en": "A lighter version for NGOs, parishes and municipalities. It holds the key questions of the full self-assessment in the same areas, in the spirit of the quick test of the Association of Finnish Municipalities' KUJA projects. Each question is rated on a maturity level of 0–4. The answers are seen only by your organisation's users; the region sees only anonymous summaries of at least three respondents."
  },
  "audience": [
    "NGO",
    "CHURCH",
    "MUNICIPALITY",
    "EDUCATION_RESEARCH",
    "OTHER"
  ],
  "sections": [
    {
      "code": "LEADERSHIP",
      "title": {
        "fi": "Johtaminen ja vastuut",
        "sv": "Ledning och ansvar",
        "en": "Leadership and governance"
      },
      "description": {
        "fi": "Miten johto ohjaa jatkuvuudenhallintaa ja johtaa häiriötilanteessa (ISO 22301, luvut 5 ja 6).",
        "sv": "Hur ledningen styr kontinuitetshanteringen och leder i en störningssituation (ISO 22301, kapitel 5 och 6).",
        "en": "How management steers business continuity management and leads in a disruption (ISO 22301, clauses 5 and 6)."
      },
      "questions": [
        {
          "code": "L1",
          "text": {
            "fi": "Jatkuvuudenhallinnalle on nimetty vastuuhenkilö, ja johto on varannut tehtävään aikaa ja resursseja.",
            "sv": "En ansvarsperson för kontinuitetshanteringen har utsetts, och ledningen har avsatt tid och resurser för uppgiften.",
            "en": "A person responsible for business continuity management has been named, and management has set aside time and resources for the task."
          },
          "levels": [
            {
              "fi": "Jatkuvuudenhallintaa ei ole annettu kenenkään tehtäväksi.",
              "sv": "Kontinuitetshanteringen har inte getts till någon som uppgift.",
              "en": "Business continuity management is nobody's task."
            },
            {
              "fi": "Joku huolehtii asiasta oman työnsä ohella ilman sovittua vastuuta.",
              "sv": "Någon sköter frågan vid sidan av sitt arbete utan avtalat ansvar.",
              "en": "Someone looks after it alongside their own work, without an agreed responsibility."
            },
            {
              "fi": "Vastuuhenkilö on nimetty, mutta tehtävään ei ole varattu aikaa eikä resursseja.",
              "sv": "En ansvarsperson har utsetts, men ingen tid eller inga resurser har avsatts för uppgiften.",
              "en": "A responsible person has been named, but no time or resources have been set aside."
            },
            {
              "fi": "Vastuut, tehtävät ja resurssit on sovittu ja kirjattu, ja johto käsittelee asiaa säännöllisesti.",
              "sv": "Ansvar, uppgifter och resurser har avtalats och dokumenterats, och ledningen behandlar frågan regelbundet.",
              "en": "Responsibilities, tasks and resources are agreed and written down, and management deals with the matter regularly."
            },
            {
              "fi": "Johto asettaa jatkuvuudenhallinnalle tavoitteet, seuraa niitä vuosittain ja ohjaa parannukset niiden perusteella.",
              "sv": "Ledningen ställer upp mål för kontinuitetshanteringen, följer upp dem årligen och styr förbättringar utifrån dem.",
              "en": "Management sets objectives for business continuity management, follows them up yearly and directs improvements by them."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Jatkuvuudenhallinnan vastuuhenkilö ja varahenkilö nimetään",
              "sv": "En ansvarsperson och en ersättare för kontinuitetshanteringen utses",
              "en": "Name a person responsible for continuity management and a deputy"
            },
            "description": {
              "fi": "Johto nimeää jatkuvuudenhallinnan vastuuhenkilön ja hänelle varahenkilön, kirjaa heidän tehtävänsä ja varaa niihin työaikaa. Jatkuvuudenhallinta lisätään johdon vuosisuunnitelmaan.",
              "sv": "Ledningen utser en ansvarsperson för kontinuitetshanteringen och en ersättare, dokumenterar deras uppgifter och avsätter arbetstid för dem. Kontinuitetshanteringen förs in i ledningens årsplan.",
              "en": "Management names a person responsible for business continuity management and a deputy, writes down their tasks and sets aside working time for them. Continuity management is added to management's annual plan."
            }
          }
        },
        {
          "code": "L3",
          "text": {
            "fi": "Häiriötilanteen johtamisesta on sovittu: kuka päättää, miten johto kokoontuu, kuka viestii ja kuka toimii sijaisena.",
            "sv": "Ledningen av en störningssituation har avtalats: vem som beslutar, hur ledningen samlas, vem som kommunicerar och vem som är ersättare.",
            "en": "Leadership in a disruption has been agreed: who decides, how management meets, who communicates and who deputises."
          },
          "levels": [
            {
              "fi": "Häiriötilanteen johtamisesta ei ole sovittu.",
              "sv": "Ledningen av störningssituationer har inte avtalats.",
              "en": "Leadership in a disruption has not been agreed."
            },
            {
              "fi": "Johtaminen perustuu siihen, kuka sattuu olemaan paikalla.",
              "sv": "Ledningen beror på vem som råkar vara på plats.",
              "en": "Leadership depends on whoever happens to be there."
            },
            {
              "fi": "Päätöksentekijät on sovittu, mutta sijaisia, kokoontumista tai yhteydenpitoa ei ole mietitty.",
              "sv": "Beslutsfattarna har avtalats, men ersättare, sammankallande och kontakter har inte planerats.",
              "en": "The decision-makers are agreed, but deputies, meeting and contact have not been thought through."
            },
            {
              "fi": "Johtamisjärjestelyt, sijaiset ja kokoontumistapa on kirjattu ja kaikkien tiedossa.",
              "sv": "Ledningsarrangemangen, ersättarna och sättet att samlas har dokumenterats och är kända för alla.",
              "en": "The leadership arrangements, deputies and way of meeting are written down and known to all."
            },
            {
              "fi": "Johtamisjärjestelyjä on harjoiteltu, ja ne toimivat myös silloin, kun puhelin- ja tietoliikenneyhteydet ovat poikki.",
              "sv": "Ledningsarrangemangen har övats och fungerar också när telefon- och dataförbindelserna är avbrutna.",
              "en": "The leadership arrangements have been exercised and also work when telephone and data connections are down."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Häiriötilanteen johtamisohje laaditaan",
              "sv": "En instruktion för ledning av störningssituationer utarbetas",
              "en": "Write an instruction for leading in a disruption"
            },
            "description": {
              "fi": "Laaditaan yhden sivun ohje siitä, kuka johtaa häiriötilannetta, kuka toimii sijaisena, missä ja miten johto kokoontuu ja miten yhteyttä pidetään, jos puhelin- ja tietoliikenneyhteydet eivät toimi.",
              "sv": "Utarbeta en instruktion på en sida om vem som leder en störningssituation, vem som är ersättare, var och hur ledningen samlas och hur kontakten hålls om telefon- och dataförbindelserna inte fungerar.",
              "en": "Write a one-page instruction on who leads in a disruption, who deputises, where and how management meets, and how contact is kept if telephone and data connections do not work."
            }
          }
        }
      ]
    },
    {
      "code": "RISK_BIA",
      "title": {
        "fi": "Riskit ja vaikutusanalyysi",
        "sv": "Risker och konsekvensanalys",
        "en": "Risks and business impact analysis"
      },
      "description": {
        "fi": "Riskien arviointi ja liiketoiminnan vaikutusanalyysi: kriittiset toiminnot, pisin siedettävä keskeytysaika (MTPD), palautumisaikatavoite (RTO) ja riippuvuudet (ISO 22301, kohta 8.2).",
        "sv": "Riskbedömning och konsekvensanalys för verksamheten: kritiska funktioner, längsta acceptabla avbrottstid (MTPD), mål för återställningstid (RTO) och beroenden (ISO 22301, avsnitt 8.2).",
        "en": "Risk assessment and business impact analysis: critical functions, maximum tolerable period of disruption (MTPD), recovery time objective (RTO) and dependencies (ISO 22301, clause 8.2)."
      },
      "questions": [
        {
          "code": "R1",
          "text": {
            "fi": "Organisaatio tunnistaa ja arvioi säännöllisesti toimintaansa uhkaavat riskit, kuten sähkökatkon, tietoliikennekatkon, tulipalon, avainhenkilön menetyksen ja toimittajan konkurssin.",
            "sv": "Organisationen identifierar och bedömer regelbundet de risker som hotar verksamheten, såsom elavbrott, avbrott i dataförbindelser, brand, förlust av en nyckelperson och en leverantörs konkurs.",
            "en": "The organisation regularly identifies and assesses the risks that threaten its activities, such as a power outage, a telecom outage, a fire, the loss of a key person or a supplier's bankruptcy."
          },
          "levels": [
            {
              "fi": "Riskejä ei ole arvioitu.",
              "sv": "Riskerna har inte bedömts.",
              "en": "Risks have not been assessed."
            },
            {
              "fi": "Riskejä on pohdittu satunnaisesti, mutta arviota ei ole kirjattu.",
              "sv": "Riskerna har övervägts sporadiskt, men bedömningen har inte dokumenterats.",
              "en": "Risks have been considered now and then, but no assessment has been written down."
            },
            {
              "fi": "Riskiarvio on tehty kerran, mutta sitä ei ole päivitetty.",
              "sv": "En riskbedömning har gjorts en gång men inte uppdaterats.",
              "en": "A risk assessment was made once but has not been updated."
            },
            {
              "fi": "Riskiarvio on kirjattu, päivitetään säännöllisesti, ja merkittävimmille riskeille on sovittu toimenpiteet.",
              "sv": "Riskbedömningen är dokumenterad och uppdateras regelbundet, och åtgärder har avtalats för de största riskerna.",
              "en": "The risk assessment is written down and updated regularly, and measures are agreed for the most significant risks."
            },
            {
              "fi": "Riskiarvio ohjaa investointeja ja toimenpiteitä, ja siinä hyödynnetään alueen riskiarviota ja viranomaisten tietoja.",
              "sv": "Riskbedömningen styr investeringar och åtgärder och utnyttjar regionens riskbedömning och myndigheternas information.",
              "en": "The risk assessment guides investments and measures, and draws on the regional risk assessment and information from the authorities."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Riskiarvio laaditaan ja sitä päivitetään vuosittain",
              "sv": "En riskbedömning görs och uppdateras årligen",
              "en": "Make a risk assessment and update it yearly"
            },
            "description": {
              "fi": "Laaditaan riskiarvio, jossa arvioidaan ainakin pitkä sähkökatko, tietoliikennekatko, tulipalo tai vesivahinko, avainhenkilön menetys ja kriittisen toimittajan toimituskatko. Merkittävimmille riskeille sovitaan toimenpiteet ja vastuuhenkilöt. Alueen riskiarvio otetaan lähtötiedoksi.",
              "sv": "Gör en riskbedömning som åtminstone omfattar långvarigt elavbrott, avbrott i dataförbindelser, brand eller vattenskada, förlust av en nyckelperson och leveransavbrott hos en kritisk leverantör. Avtala åtgärder och ansvarspersoner för de största riskerna. Använd regionens riskbedömning som underlag.",
              "en": "Make a risk assessment covering at least a long power outage, a telecom outage, fire or water damage, the loss of a key person and a critical supplier's failure to deliver. Agree measures and responsible persons for the most significant risks. Use the regional risk assessment as input."
            }
          }
        },
        {
          "code": "R2",
          "text": {
            "fi": "Kriittiset toiminnot on tunnistettu, ja kullekin on määritetty pisin siedettävä keskeytysaika (MTPD).",
            "sv": "De kritiska funktionerna har identifierats, och för var och en har den längsta acceptabla avbrottstiden (MTPD) fastställts.",
            "en": "The critical functions have been identified, and for each the maximum tolerable period of disruption (MTPD) has been set."
          },
          "levels": [
            {
              "fi": "Kriittisiä toimintoja ei ole tunnistettu.",
              "sv": "De kritiska funktionerna har inte identifierats.",
              "en": "The critical functions have not been identified."
            },
            {
              "fi": "Kriittiset toiminnot tiedetään, mutta niitä ei ole kirjattu.",
              "sv": "De kritiska funktionerna är kända men inte dokumenterade.",
              "en": "The critical functions are known but not written down."
            },
            {
              "fi": "Kriittiset toiminnot on kirjattu, mutta siedettäviä keskeytysaikoja ei ole määritetty.",
              "sv": "De kritiska funktionerna är dokumenterade, men acceptabla avbrottstider har inte fastställts.",
              "en": "The critical functions are written down, but no tolerable periods of disruption have been set."
            },
            {
              "fi": "Kriittiset toiminnot ja niiden pisimmät siedettävät keskeytysajat on kirjattu vaikutusanalyysiin.",
              "sv": "De kritiska funktionerna och deras längsta acceptabla avbrottstider har dokumenterats i en konsekvensanalys.",
              "en": "The critical functions and their maximum tolerable periods of disruption are written down in a business impact analysis."
            },
            {
              "fi": "Vaikutusanalyysi päivitetään säännöllisesti, ja siinä on arvioitu myös taloudelliset, sopimukselliset ja maineeseen liittyvät vaikutukset.",
              "sv": "Konsekvensanalysen uppdateras regelbundet och omfattar även ekonomiska, avtalsmässiga och anseendemässiga konsekvenser.",
              "en": "The business impact analysis is updated regularly and also assesses financial, contractual and reputational impacts."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Liiketoiminnan vaikutusanalyysi tehdään",
              "sv": "En konsekvensanalys för verksamheten görs",
              "en": "Make a business impact analysis"
            },
            "description": {
              "fi": "Tunnistetaan kriittiset toiminnot ja määritetään kullekin pisin siedettävä keskeytysaika (MTPD): kuinka kauan toiminta voi olla poikki ennen kuin vahingot ovat kohtuuttomia asiakkaille, taloudelle tai sopimuksille.",
              "sv": "Identifiera de kritiska funktionerna och fastställ för var och en den längsta acceptabla avbrottstiden (MTPD): hur länge verksamheten kan ligga nere innan skadorna blir oskäliga för kunderna, ekonomin eller avtalen.",
              "en": "Identify the critical functions and set for each the maximum tolerable period of disruption (MTPD): how long the activity can be down before the harm to customers, finances or contracts becomes unacceptable."
            }
          }
        },
        {
          "code": "R4",
          "text": {
            "fi": "Kriittisten toimintojen riippuvuudet henkilöistä, toimitiloista, tietojärjestelmistä, toimittajista ja tiedoista on kartoitettu.",
            "sv": "De kritiska funktionernas beroenden av personer, lokaler, informationssystem, leverantörer och uppgifter har kartlagts.",
            "en": "The dependencies of the critical functions on people, premises, information systems, suppliers and data have been mapped."
          },
          "levels": [
            {
              "fi": "Riippuvuuksia ei ole kartoitettu.",
              "sv": "Beroendena har inte kartlagts.",
              "en": "Dependencies have not been mapped."
            },
            {
              "fi": "Tärkeimmät riippuvuudet tiedetään, mutta niitä ei ole kirjattu.",
              "sv": "De viktigaste beroendena är kända men inte dokumenterade.",
              "en": "The main dependencies are known but not written down."
            },
            {
              "fi": "Osa riippuvuuksista on kirjattu, esimerkiksi vain tietojärjestelmät.",
              "sv": "En del av beroendena har dokumenterats, till exempel endast informationssystemen.",
              "en": "Some dependencies are written down, for example information systems only."
            },
            {
              "fi": "Kaikkien kriittisten toimintojen riippuvuudet on kirjattu ja niille on mietitty varajärjestelyt.",
              "sv": "Beroendena för alla kritiska funktioner har dokumenterats och reservarrangemang har planerats.",
              "en": "The dependencies of all critical functions are written down, and fallback arrangements have been considered."
            },
            {
              "fi": "Riippuvuuskartta pidetään ajan tasalla, ja varajärjestelyt on sovittu ja testattu.",
              "sv": "Beroendekartan hålls aktuell, och reservarrangemangen har avtalats och testats.",
              "en": "The dependency map is kept up to date, and the fallback arrangements are agreed and tested."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriittisten toimintojen riippuvuudet kartoitetaan",
              "sv": "De kritiska funktionernas beroenden kartläggs",
              "en": "Map the dependencies of the critical functions"
            },
            "description": {
              "fi": "Kirjataan kunkin kriittisen toiminnon riippuvuudet henkilöistä, toimitiloista, tietojärjestelmistä, toimittajista ja tiedoista, ja mietitään jokaiselle yksittäiselle heikolle kohdalle varajärjestely.",
              "sv": "Dokumentera varje kritisk funktions beroenden av personer, lokaler, informationssystem, leverantörer och uppgifter, och planera ett reservarrangemang för varje enskild svag punkt.",
              "en": "Write down the dependencies of each critical function on people, premises, information systems, suppliers and data, and plan a fallback for every single point of failure."
            }
          }
        }
      ]
    },
    {
      "code": "PERSONNEL",
      "title": {
        "fi": "Henkilöstö",
        "sv": "Personal",
        "en": "Personnel"
      },
      "description": {
        "fi": "Avainhenkilöt, sijaisuudet ja henkilöstön toimintakyky häiriötilanteessa.",
        "sv": "Nyckelpersoner, ersättare och personalens funktionsförmåga i störningssituationer.",
        "en": "Key persons, deputies and the staff's ability to act in a disruption."
      },
      "questions": [
        {
          "code": "P1",
          "text": {
            "fi": "Avainhenkilöt on tunnistettu, ja heille on nimetty perehdytetyt varahenkilöt.",
            "sv": "Nyckelpersonerna har identifierats, och för dem har introducerade ersättare utsetts.",
            "en": "Key persons have been identified, and trained deputies have been named for them."
          },
          "levels": [
            {
              "fi": "Avainhenkilöitä ei ole tunnistettu.",
              "sv": "Nyckelpersonerna har inte identifierats.",
              "en": "Key persons have not been identified."
            },
            {
              "fi": "Avainhenkilöt tiedetään, mutta heille ei ole varahenkilöitä.",
              "sv": "Nyckelpersonerna är kända, men de har inga ersättare.",
              "en": "The key persons are known, but they have no deputies."
            },
            {
              "fi": "Varahenkilöt on nimetty osalle avainhenkilöistä, mutta perehdytys on puutteellista.",
              "sv": "Ersättare har utsetts för en del av nyckelpersonerna, men introduktionen är bristfällig.",
              "en": "Deputies are named for some key persons, but their training is incomplete."
            },
            {
              "fi": "Kaikilla avainhenkilöillä on perehdytetty varahenkilö, ja kriittiset työohjeet on kirjattu.",
              "sv": "Alla nyckelpersoner har en introducerad ersättare, och de kritiska arbetsinstruktionerna har dokumenterats.",
              "en": "Every key person has a trained deputy, and the critical work instructions are written down."
            },
            {
              "fi": "Varahenkilöt hoitavat tehtäviä säännöllisesti, ja osaaminen on jaettu usealle henkilölle.",
              "sv": "Ersättarna sköter uppgifterna regelbundet, och kunnandet är fördelat på flera personer.",
              "en": "Deputies carry out the tasks regularly, and the know-how is shared by several people."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Avainhenkilöille nimetään ja perehdytetään varahenkilöt",
              "sv": "Ersättare för nyckelpersonerna utses och introduceras",
              "en": "Name and train deputies for key persons"
            },
            "description": {
              "fi": "Tunnistetaan henkilöt, joiden poissaolo pysäyttäisi kriittisen toiminnon. Kullekin nimetään varahenkilö, joka perehdytetään, ja kriittiset työvaiheet kirjataan ohjeiksi.",
              "sv": "Identifiera de personer vars frånvaro skulle stoppa en kritisk funktion. Utse en ersättare för var och en, introducera ersättaren och dokumentera de kritiska arbetsmomenten som instruktioner.",
              "en": "Identify the persons whose absence would stop a critical function. Name a deputy for each, train the deputy, and write the critical work steps down as instructions."
            }
          }
        },
        {
          "code": "P3",
          "text": {
            "fi": "Henkilöstö tietää, miten häiriötilanteessa toimitaan, ja heidät tavoitetaan myös työajan ulkopuolella.",
            "sv": "Personalen vet hur man ska agera i en störningssituation och kan nås även utanför arbetstid.",
            "en": "The staff know what to do in a disruption and can be reached outside working hours too."
          },
          "levels": [
            {
              "fi": "Henkilöstöä ei ole ohjeistettu.",
              "sv": "Personalen har inte instruerats.",
              "en": "The staff have not been instructed."
            },
            {
              "fi": "Ohjeet annetaan suullisesti tarpeen mukaan.",
              "sv": "Instruktioner ges muntligt vid behov.",
              "en": "Instructions are given orally when needed."
            },
            {
              "fi": "Kirjalliset ohjeet on, mutta niitä ei ole käyty läpi eikä hälytystapaa ole sovittu.",
              "sv": "Skriftliga instruktioner finns, men de har inte gåtts igenom och inget sätt att larma har avtalats.",
              "en": "Written instructions exist, but they have not been gone through and no way of alerting has been agreed."
            },
            {
              "fi": "Ohjeet käydään läpi perehdytyksessä, ja henkilöstön hälyttämiseen on sovittu tapa.",
              "sv": "Instruktionerna gås igenom vid introduktionen, och ett sätt att larma personalen har avtalats.",
              "en": "The instructions are covered in induction, and a way of alerting the staff has been agreed."
            },
            {
              "fi": "Henkilöstö harjoittelee toimintaa häiriötilanteessa, ja hälyttämistä testataan säännöllisesti.",
              "sv": "Personalen övar agerandet i störningssituationer, och larmningen testas regelbundet.",
              "en": "The staff practise acting in a disruption, and alerting is tested regularly."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Henkilöstön häiriötilanneohje ja hälytyskäytäntö otetaan käyttöön",
              "sv": "En instruktion för personalen och en larmrutin tas i bruk",
              "en": "Introduce a disruption instruction and an alerting practice for the staff"
            },
            "description": {
              "fi": "Laaditaan henkilöstölle lyhyt ohje toiminnasta häiriötilanteissa, sovitaan, miten henkilöstö tavoitetaan myös työajan ulkopuolella, ja käydään ohje läpi kaikkien kanssa.",
              "sv": "Utarbeta en kort instruktion för personalen om agerandet i störningssituationer, avtala hur personalen nås även utanför arbetstid och gå igenom instruktionen med alla.",
              "en": "Write a short instruction for the staff on what to do in a disruption, agree how staff are reached outside working hours too, and go through the instruction with everyone."
            }
          }
        }
      ]
    },
    {
      "code": "ICT",
      "title": {
        "fi": "Tietojärjestelmät ja kyberturvallisuus",
        "sv": "Informationssystem och cybersäkerhet",
        "en": "ICT and cyber security"
      },
      "description": {
        "fi": "Tietojen varmistus, tietoturvan perusasiat ja varautuminen tietoliikenne- ja järjestelmäkatkoihin.",
        "sv": "Säkerhetskopiering, grunderna i informationssäkerhet och beredskap för avbrott i dataförbindelser och system.",
        "en": "Backups, the basics of information security, and preparedness for outages of data connections and systems."
      },
      "questions": [
        {
          "code": "I1",
          "text": {
            "fi": "Kriittisistä tiedoista otetaan säännöllisesti varmuuskopiot, joita säilytetään erillään, ja tietojen palauttaminen on testattu.",
            "sv": "Kritiska uppgifter säkerhetskopieras regelbundet, kopiorna förvaras separat och återställningen har testats.",
            "en": "Critical data are backed up regularly, the backups are kept separately, and restoring the data has been tested."
          },
          "levels": [
            {
              "fi": "Varmuuskopioita ei oteta.",
              "sv": "Inga säkerhetskopior tas.",
              "en": "No backups are taken."
            },
            {
              "fi": "Varmuuskopioita otetaan satunnaisesti.",
              "sv": "Säkerhetskopior tas sporadiskt.",
              "en": "Backups are taken now and then."
            },
            {
              "fi": "Varmuuskopiot otetaan säännöllisesti, mutta niitä säilytetään samassa paikassa tai palautusta ei ole testattu.",
              "sv": "Säkerhetskopior tas regelbundet, men de förvaras på samma ställe eller återställningen har inte testats.",
              "en": "Backups are taken regularly, but they are kept in the same place or restoring has not been tested."
            },
            {
              "fi": "Varmuuskopiot otetaan automaattisesti, niitä säilytetään erillään, ja palautus on testattu.",
              "sv": "Säkerhetskopior tas automatiskt, förvaras separat och återställningen har testats.",
              "en": "Backups are taken automatically and kept separately, and restoring has been tested."
            },
            {
              "fi": "Palautus testataan säännöllisesti, ja varmuuskopiot on suojattu myös kiristyshaittaohjelmalta.",
              "sv": "Återställningen testas regelbundet, och säkerhetskopiorna är skyddade även mot utpressningsprogram.",
              "en": "Restoring is tested regularly, and the backups are protected against ransomware too."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varmuuskopiointi järjestetään ja palautus testataan",
              "sv": "Säkerhetskopieringen ordnas och återställningen testas",
              "en": "Arrange backups and test restoring"
            },
            "description": {
              "fi": "Varmistetaan, että kriittisistä tiedoista otetaan automaattisesti varmuuskopiot, joita säilytetään erillään muusta ympäristöstä, ja testataan tietojen palautus vähintään kerran vuodessa.",
              "sv": "Säkerställ att kritiska uppgifter säkerhetskopieras automatiskt och att kopiorna förvaras åtskilda från den övriga miljön, och testa återställningen minst en gång om året.",
              "en": "Make sure critical data are backed up automatically and the backups kept apart from the rest of the environment, and test restoring at least once a year."
            }
          }
        },
        {
          "code": "I3",
          "text": {
            "fi": "Organisaatio on varautunut tietoliikenneyhteyksien, pilvipalveluiden ja maksujärjestelmien katkoihin.",
            "sv": "Organisationen har förberett sig för avbrott i dataförbindelser, molntjänster och betalningssystem.",
            "en": "The organisation is prepared for outages of data connections, cloud services and payment systems."
          },
          "levels": [
            {
              "fi": "Katkoihin ei ole varauduttu.",
              "sv": "Ingen beredskap för avbrott finns.",
              "en": "There is no preparation for outages."
            },
            {
              "fi": "Katkon sattuessa keksitään ratkaisut tilanteen mukaan.",
              "sv": "Vid ett avbrott hittar man på lösningar efter situationen.",
              "en": "When an outage happens, solutions are improvised."
            },
            {
              "fi": "Osa varajärjestelyistä on olemassa, esimerkiksi varayhteys, mutta niitä ei ole kirjattu.",
              "sv": "En del reservarrangemang finns, till exempel en reservförbindelse, men de är inte dokumenterade.",
              "en": "Some fallbacks exist, for example a backup connection, but they are not written down."
            },
            {
              "fi": "Kriittisille järjestelmille on kirjatut varajärjestelyt, kuten varayhteys ja manuaalinen toimintatapa.",
              "sv": "De kritiska systemen har dokumenterade reservarrangemang, såsom reservförbindelse och manuellt arbetssätt.",
              "en": "The critical systems have written fallback arrangements, such as a backup connection and a manual way of working."
            },
            {
              "fi": "Varajärjestelyt on testattu, ja palveluntarjoajien kanssa on sovittu palautumisesta.",
              "sv": "Reservarrangemangen har testats, och återställningen har avtalats med tjänsteleverantörerna.",
              "en": "The fallback arrangements have been tested, and recovery has been agreed with the service providers."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varajärjestelyt tietoliikenne- ja järjestelmäkatkojen varalle",
              "sv": "Reservarrangemang för avbrott i dataförbindelser och system",
              "en": "Fallback arrangements for outages of data connections and systems"
            },
            "description": {
              "fi": "Kirjataan, miten kriittiset toiminnot jatkuvat, jos tietoliikenne, pilvipalvelu tai maksujärjestelmä on poikki: varayhteys, paperilomakkeet ja käteis- tai laskutusmenettely. Varajärjestelyt testataan.",
              "sv": "Dokumentera hur de kritiska funktionerna fortsätter om dataförbindelsen, molntjänsten eller betalningssystemet är ur funktion: reservförbindelse, pappersblanketter och kontant- eller faktureringsrutin. Reservarrangemangen testas.",
              "en": "Write down how the critical functions continue if the data connection, a cloud service or the payment system is down: a backup connection, paper forms and a cash or invoicing routine. Test the arrangements."
            }
          }
        }
      ]
    },
    {
      "code": "PREMISES",
      "title": {
        "fi": "Toimitilat ja energia",
        "sv": "Lokaler och energi",
        "en": "Premises and energy"
      },
      "description": {
        "fi": "Toimitilojen menetys sekä sähkön, lämmön, veden ja polttoaineen saanti, myös pitkässä talvisessa sähkökatkossa.",
        "sv": "Förlust av lokaler samt tillgång till el, värme, vatten och bränsle, även vid ett långvarigt elavbrott på vintern.",
        "en": "Loss of premises, and the supply of electricity, heat, water and fuel, including a long power outage in winter."
      },
      "questions": [
        {
          "code": "E1",
          "text": {
            "fi": "Organisaatio on varautunut pitkään sähkökatkoon talvella, esimerkiksi varavoimalla, lämmityksen turvaamisella ja vesijohtojen jäätymisen estämisellä.",
            "sv": "Organisationen har förberett sig för ett långvarigt elavbrott på vintern, till exempel med reservkraft, tryggad uppvärmning och skydd mot att vattenledningar fryser.",
            "en": "The organisation is prepared for a long power outage in winter, for example with standby power, secured heating and protection of water pipes against freezing."
          },
          "levels": [
            {
              "fi": "Sähkökatkoon ei ole varauduttu.",
              "sv": "Ingen beredskap för elavbrott finns.",
              "en": "There is no preparation for a power outage."
            },
            {
              "fi": "Lyhyisiin katkoihin on totuttu, mutta pitkää talvista katkoa ei ole mietitty.",
              "sv": "Korta avbrott är man van vid, men ett långt vinteravbrott har inte övervägts.",
              "en": "Short outages are familiar, but a long winter outage has not been considered."
            },
            {
              "fi": "Osa kriittisistä laitteista on varmistettu, mutta kiinteistön lämpöä ja vettä ei.",
              "sv": "En del av den kritiska utrustningen är säkrad, men inte fastighetens värme och vatten.",
              "en": "Some critical equipment is secured, but the building's heat and water are not."
            },
            {
              "fi": "Suunnitelma kattaa vähintään vuorokauden talvisen sähkökatkon, ja varavoima tai muut keinot ovat käytettävissä.",
              "sv": "Planen omfattar minst ett dygns elavbrott på vintern, och reservkraft eller andra medel finns att tillgå.",
              "en": "The plan covers at least a day-long power outage in winter, and standby power or other means are available."
            },
            {
              "fi": "Varavoimaa koekäytetään säännöllisesti, polttoainetta on varattu, ja suunnitelma kattaa usean vuorokauden katkon.",
              "sv": "Reservkraften provkörs regelbundet, bränsle har reserverats och planen omfattar ett avbrott på flera dygn.",
              "en": "Standby power is test-run regularly, fuel has been reserved, and the plan covers an outage of several days."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Pitkään talviseen sähkökatkoon varaudutaan",
              "sv": "Beredskap för ett långvarigt elavbrott på vintern",
              "en": "Prepare for a long power outage in winter"
            },
            "description": {
              "fi": "Selvitetään, mitä vuorokauden tai pidempi sähkökatko pakkasella tarkoittaa toiminnalle ja kiinteistölle (lämmitys, vesijohdot, kylmäketju, kulunvalvonta). Hankitaan tai sovitaan varavoima kriittisille kohteille ja koekäytetään se säännöllisesti.",
              "sv": "Utred vad ett elavbrott på ett dygn eller längre i kyla innebär för verksamheten och fastigheten (uppvärmning, vattenledningar, kylkedja, passerkontroll). Skaffa eller avtala reservkraft för de kritiska objekten och provkör den regelbundet.",
              "en": "Find out what a power outage of a day or more in freezing weather means for the activity and the building (heating, water pipes, cold chain, access control). Obtain or agree standby power for the critical sites and test-run it regularly."
            }
          }
        },
        {
          "code": "E2",
          "text": {
            "fi": "Jos toimitilat menetetään esimerkiksi tulipalon tai vesivahingon vuoksi, tiedetään, missä ja miten kriittiset toiminnot jatkuvat.",
            "sv": "Om lokalerna går förlorade, till exempel genom brand eller vattenskada, vet man var och hur de kritiska funktionerna fortsätter.",
            "en": "If the premises are lost, for example to a fire or water damage, it is known where and how the critical functions continue."
          },
          "levels": [
            {
              "fi": "Toimitilojen menetykseen ei ole varauduttu.",
              "sv": "Ingen beredskap för förlust av lokalerna finns.",
              "en": "There is no preparation for losing the premises."
            },
            {
              "fi": "Vaihtoehtoja on pohdittu, mutta mitään ei ole sovittu.",
              "sv": "Alternativ har övervägts, men inget har avtalats.",
              "en": "Alternatives have been considered, but nothing has been agreed."
            },
            {
              "fi": "Varatila on tiedossa, mutta sen käyttöönotosta ei ole suunnitelmaa.",
              "sv": "En reservlokal är känd, men det finns ingen plan för att ta den i bruk.",
              "en": "Alternative premises are known, but there is no plan for taking them into use."
            },
            {
              "fi": "Varatila tai etätyö on sovittu kriittisille toiminnoille, ja siirtymisestä on kirjattu suunnitelma.",
              "sv": "En reservlokal eller distansarbete har avtalats för de kritiska funktionerna, och flytten har planerats skriftligt.",
              "en": "Alternative premises or remote work are agreed for the critical functions, and the move is planned in writing."
            },
            {
              "fi": "Varatilaan siirtymistä on harjoiteltu, ja tarvittavat laitteet ja tarvikkeet ovat saatavilla.",
              "sv": "Flytten till reservlokalen har övats, och nödvändig utrustning och nödvändiga förnödenheter finns att tillgå.",
              "en": "The move to the alternative premises has been exercised, and the equipment and supplies needed are available."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Varatila kriittisille toiminnoille sovitaan",
              "sv": "En reservlokal för de kritiska funktionerna avtalas",
              "en": "Agree alternative premises for the critical functions"
            },
            "description": {
              "fi": "Sovitaan varatila tai muu järjestely, jossa kriittiset toiminnot voivat jatkua, jos omat tilat menetetään, ja kirjataan, miten sinne siirrytään ja mitä laitteita tarvitaan.",
              "sv": "Avtala en reservlokal eller ett annat arrangemang där de kritiska funktionerna kan fortsätta om de egna lokalerna går förlorade, och dokumentera hur flytten sker och vilken utrustning som behövs.",
              "en": "Agree alternative premises or another arrangement where the critical functions can continue if the own premises are lost, and write down how the move is made and what equipment is needed."
            }
          }
        }
      ]
    },
    {
      "code": "SUPPLY",
      "title": {
        "fi": "Toimitusketju",
        "sv": "Leveranskedja",
        "en": "Supply chain"
      },
      "description": {
        "fi": "Kriittiset toimittajat ja alihankkijat, vaihtoehtoiset toimitukset ja sopimukset.",
        "sv": "Kritiska leverantörer och underleverantörer, alternativa leveranser och avtal.",
        "en": "Critical suppliers and subcontractors, alternative supplies, and contracts."
      },
      "questions": [
        {
          "code": "S1",
          "text": {
            "fi": "Kriittiset toimittajat ja alihankkijat on tunnistettu, ja niiden varautuminen tunnetaan.",
            "sv": "De kritiska leverantörerna och underleverantörerna har identifierats, och deras beredskap är känd.",
            "en": "The critical suppliers and subcontractors have been identified, and their preparedness is known."
          },
          "levels": [
            {
              "fi": "Kriittisiä toimittajia ei ole tunnistettu.",
              "sv": "De kritiska leverantörerna har inte identifierats.",
              "en": "The critical suppliers have not been identified."
            },
            {
              "fi": "Kriittiset toimittajat tiedetään, mutta niiden varautumista ei tunneta.",
              "sv": "De kritiska leverantörerna är kända, men deras beredskap är inte känd.",
              "en": "The critical suppliers are known, but their preparedness is not."
            },
            {
              "fi": "Kriittiset toimittajat on kirjattu, ja osan varautumisesta on kysytty.",
              "sv": "De kritiska leverantörerna är dokumenterade, och en del har tillfrågats om sin beredskap.",
              "en": "The critical suppliers are written down, and some have been asked about their preparedness."
            },
            {
              "fi": "Kaikkien kriittisten toimittajien varautuminen on selvitetty ja arvioitu.",
              "sv": "Alla kritiska leverantörers beredskap har utretts och bedömts.",
              "en": "The preparedness of all critical suppliers has been found out and assessed."
            },
            {
              "fi": "Toimittajien varautumista seurataan säännöllisesti, ja sitä edellytetään hankinnoissa.",
              "sv": "Leverantörernas beredskap följs upp regelbundet och krävs vid upphandlingar.",
              "en": "The suppliers' preparedness is followed up regularly and required in procurement."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriittisten toimittajien varautuminen selvitetään",
              "sv": "De kritiska leverantörernas beredskap utreds",
              "en": "Find out the preparedness of the critical suppliers"
            },
            "description": {
              "fi": "Listataan toimittajat ja alihankkijat, joiden toimituskatko pysäyttäisi kriittisen toiminnon, ja selvitetään niiden varautuminen esimerkiksi kyselyllä tai tapaamisessa.",
              "sv": "Lista de leverantörer och underleverantörer vars leveransavbrott skulle stoppa en kritisk funktion, och utred deras beredskap till exempel med en enkät eller vid ett möte.",
              "en": "List the suppliers and subcontractors whose failure to deliver would stop a critical function, and find out their preparedness, for example with a questionnaire or in a meeting."
            }
          }
        }
      ]
    },
    {
      "code": "COMMUNICATION",
      "title": {
        "fi": "Viestintä ja yhteistyö",
        "sv": "Kommunikation och samarbete",
        "en": "Communications and cooperation"
      },
      "description": {
        "fi": "Kriisiviestintä henkilöstölle, asiakkaille, viranomaisille ja medialle sekä yhteistyö alueen toimijoiden kanssa.",
        "sv": "Kriskommunikation till personal, kunder, myndigheter och medier samt samarbete med regionens aktörer.",
        "en": "Crisis communication to staff, customers, authorities and the media, and cooperation with the region's actors."
      },
      "questions": [
        {
          "code": "C1",
          "text": {
            "fi": "Häiriötilanteen viestinnästä on suunnitelma: kuka viestii, kenelle (henkilöstö, asiakkaat, viranomaiset, media) ja millä kanavilla.",
            "sv": "Det finns en plan för kommunikationen i störningssituationer: vem som kommunicerar, till vem (personal, kunder, myndigheter, medier) och i vilka kanaler.",
            "en": "There is a plan for communication in a disruption: who communicates, to whom (staff, customers, authorities, media) and through which channels."
          },
          "levels": [
            {
              "fi": "Viestinnästä ei ole sovittu.",
              "sv": "Kommunikationen har inte avtalats.",
              "en": "Communication has not been agreed."
            },
            {
              "fi": "Viestinnästä päätetään tilanteen mukaan.",
              "sv": "Kommunikationen bestäms efter situationen.",
              "en": "Communication is decided as the situation goes."
            },
            {
              "fi": "Vastuuhenkilö on sovittu, mutta kohderyhmiä ja kanavia ei ole mietitty.",
              "sv": "En ansvarsperson har avtalats, men målgrupper och kanaler har inte planerats.",
              "en": "A responsible person is agreed, but audiences and channels have not been considered."
            },
            {
              "fi": "Kriisiviestinnän suunnitelma, vastuut ja viestipohjat on kirjattu.",
              "sv": "En plan för kriskommunikation, ansvar och meddelandemallar har dokumenterats.",
              "en": "A crisis communication plan, responsibilities and message templates are written down."
            },
            {
              "fi": "Kriisiviestintää on harjoiteltu, ja suunnitelma toimii myös ilman sähköä ja tietoliikenneyhteyksiä.",
              "sv": "Kriskommunikationen har övats, och planen fungerar även utan el och dataförbindelser.",
              "en": "Crisis communication has been exercised, and the plan works without electricity and data connections too."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Kriisiviestinnän suunnitelma ja viestipohjat laaditaan",
              "sv": "En plan och meddelandemallar för kriskommunikation utarbetas",
              "en": "Make a crisis communication plan and message templates"
            },
            "description": {
              "fi": "Kirjataan, kuka viestii häiriötilanteessa, kenelle ja millä kanavilla, ja laaditaan valmiit viestipohjat henkilöstölle, asiakkaille ja yhteistyökumppaneille.",
              "sv": "Dokumentera vem som kommunicerar i en störningssituation, till vem och i vilka kanaler, och utarbeta färdiga meddelandemallar för personal, kunder och samarbetspartner.",
              "en": "Write down who communicates in a disruption, to whom and through which channels, and prepare message templates for staff, customers and partners."
            }
          }
        },
        {
          "code": "C2",
          "text": {
            "fi": "Henkilöstön, asiakkaiden, toimittajien ja viranomaisten yhteystiedot ovat ajan tasalla ja saatavilla myös ilman tietojärjestelmiä ja sähköä.",
            "sv": "Kontaktuppgifterna till personal, kunder, leverantörer och myndigheter är aktuella och tillgängliga även utan informationssystem och el.",
            "en": "The contact details of staff, customers, suppliers and authorities are up to date and available without information systems and electricity too."
          },
          "levels": [
            {
              "fi": "Yhteystietoja ei ole koottu.",
              "sv": "Kontaktuppgifterna har inte sammanställts.",
              "en": "Contact details have not been collected."
            },
            {
              "fi": "Yhteystiedot ovat eri ihmisten puhelimissa ja sähköposteissa.",
              "sv": "Kontaktuppgifterna finns i olika personers telefoner och e-post.",
              "en": "Contact details are in different people's phones and e-mail."
            },
            {
              "fi": "Yhteystiedot on koottu, mutta vain tietojärjestelmään.",
              "sv": "Kontaktuppgifterna har sammanställts, men endast i ett informationssystem.",
              "en": "Contact details are collected, but only in an information system."
            },
            {
              "fi": "Ajantasainen yhteystietoluettelo on saatavilla myös paperilla tai muuten ilman verkkoa.",
              "sv": "En aktuell kontaktförteckning finns även på papper eller på annat sätt utan nätverk.",
              "en": "An up-to-date contact list is available on paper too, or otherwise without a network."
            },
            {
              "fi": "Luettelo tarkistetaan säännöllisesti, ja sen käyttöä testataan harjoituksissa.",
              "sv": "Förteckningen granskas regelbundet, och användningen testas i övningar.",
              "en": "The list is checked regularly, and its use is tested in exercises."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Yhteystietoluettelo kootaan ja tulostetaan",
              "sv": "En kontaktförteckning sammanställs och skrivs ut",
              "en": "Collect and print a contact list"
            },
            "description": {
              "fi": "Kootaan henkilöstön, tärkeimpien asiakkaiden, toimittajien ja viranomaisten yhteystiedot yhteen luetteloon, pidetään se ajan tasalla ja säilytetään siitä kopio, joka on käytettävissä ilman sähköä ja tietoliikennettä.",
              "sv": "Sammanställ kontaktuppgifterna till personalen, de viktigaste kunderna, leverantörerna och myndigheterna i en förteckning, håll den aktuell och förvara en kopia som kan användas utan el och datatrafik.",
              "en": "Collect the contact details of the staff, the most important customers, suppliers and authorities into one list, keep it up to date and keep a copy that can be used without electricity or data connections."
            }
          }
        }
      ]
    },
    {
      "code": "EXERCISES",
      "title": {
        "fi": "Harjoittelu ja oppiminen",
        "sv": "Övningar och lärande",
        "en": "Exercises and learning"
      },
      "description": {
        "fi": "Suunnitelmien harjoittelu, häiriöistä oppiminen ja suunnitelmien ylläpito (ISO 22301, kohdat 8.5, 9 ja 10).",
        "sv": "Övning av planerna, lärdomar av störningar och uppdatering av planerna (ISO 22301, avsnitt 8.5, 9 och 10).",
        "en": "Exercising the plans, learning from disruptions and maintaining the plans (ISO 22301, clauses 8.5, 9 and 10)."
      },
      "questions": [
        {
          "code": "X1",
          "text": {
            "fi": "Jatkuvuussuunnitelmia harjoitellaan säännöllisesti, esimerkiksi pöytäharjoituksina.",
            "sv": "Kontinuitetsplanerna övas regelbundet, till exempel som diskussionsövningar.",
            "en": "The continuity plans are exercised regularly, for example as tabletop exercises."
          },
          "levels": [
            {
              "fi": "Suunnitelmia ei harjoitella.",
              "sv": "Planerna övas inte.",
              "en": "The plans are not exercised."
            },
            {
              "fi": "Suunnitelmia on käyty läpi satunnaisesti.",
              "sv": "Planerna har gåtts igenom sporadiskt.",
              "en": "The plans have been gone through now and then."
            },
            {
              "fi": "Harjoitus on pidetty kerran, mutta säännöllisyyttä ei ole.",
              "sv": "En övning har hållits en gång, men ingen regelbundenhet finns.",
              "en": "An exercise has been held once, but not regularly."
            },
            {
              "fi": "Harjoitus pidetään vähintään kerran vuodessa, ja siitä kirjataan havainnot.",
              "sv": "En övning hålls minst en gång om året, och iakttagelserna dokumenteras.",
              "en": "An exercise is held at least once a year, and the findings are written down."
            },
            {
              "fi": "Harjoitukset kattavat eri skenaarioita, ja organisaatio osallistuu myös alueen yhteisharjoituksiin.",
              "sv": "Övningarna omfattar olika scenarier, och organisationen deltar även i regionens gemensamma övningar.",
              "en": "The exercises cover different scenarios, and the organisation also takes part in the region's joint exercises."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Vuosittainen pöytäharjoitus järjestetään",
              "sv": "En årlig diskussionsövning ordnas",
              "en": "Hold a yearly tabletop exercise"
            },
            "description": {
              "fi": "Järjestetään vähintään kerran vuodessa pöytäharjoitus, jossa käydään läpi esimerkiksi pitkä talvinen sähkökatko tai tietoliikennekatko, ja kirjataan havainnot ja korjaavat toimenpiteet.",
              "sv": "Ordna minst en gång om året en diskussionsövning där till exempel ett långvarigt elavbrott på vintern eller ett avbrott i dataförbindelserna gås igenom, och dokumentera iakttagelserna och de korrigerande åtgärderna.",
              "en": "Hold a tabletop exercise at least once a year, going through for example a long power outage in winter or a telecom outage, and write down the findings and the corrective measures."
            }
          }
        },
        {
          "code": "X3",
          "text": {
            "fi": "Jatkuvuussuunnitelmat päivitetään vähintään kerran vuodessa ja aina, kun toiminta muuttuu olennaisesti.",
            "sv": "Kontinuitetsplanerna uppdateras minst en gång om året och alltid när verksamheten förändras väsentligt.",
            "en": "The continuity plans are updated at least once a year and whenever the activity changes significantly."
          },
          "levels": [
            {
              "fi": "Suunnitelmia ei ole tai niitä ei päivitetä.",
              "sv": "Det finns inga planer, eller de uppdateras inte.",
              "en": "There are no plans, or they are not updated."
            },
            {
              "fi": "Suunnitelmat päivitetään, kun joku huomaa niiden vanhentuneen.",
              "sv": "Planerna uppdateras när någon märker att de är föråldrade.",
              "en": "The plans are updated when someone notices they are out of date."
            },
            {
              "fi": "Suunnitelmat on päivitetty viimeisen kahden vuoden aikana, mutta ylläpidosta ei ole sovittu.",
              "sv": "Planerna har uppdaterats under de senaste två åren, men underhållet har inte avtalats.",
              "en": "The plans have been updated within the last two years, but their upkeep has not been agreed."
            },
            {
              "fi": "Suunnitelmien ylläpidosta vastaa nimetty henkilö, ja ne päivitetään vuosittain.",
              "sv": "En utsedd person ansvarar för underhållet av planerna, och de uppdateras årligen.",
              "en": "A named person is responsible for the upkeep of the plans, and they are updated yearly."
            },
            {
              "fi": "Päivitykset perustuvat harjoitusten, häiriöiden ja riskiarvion havaintoihin, ja johto hyväksyy ne.",
              "sv": "Uppdateringarna bygger på iakttagelser från övningar, störningar och riskbedömningen, och ledningen godkänner dem.",
              "en": "The updates draw on the findings of exercises, disruptions and the risk assessment, and management approves them."
            }
          ],
          "suggestion": {
            "title": {
              "fi": "Jatkuvuussuunnitelmien vuosittainen päivitys sovitaan",
              "sv": "En årlig uppdatering av kontinuitetsplanerna avtalas",
              "en": "Agree a yearly update of the continuity plans"
            },
            "description": {
              "fi": "Nimetään henkilö, joka päivittää jatkuvuussuunnitelmat vuosittain ja aina toiminnan muuttuessa, ja viedään päivitys johdon hyväksyttäväksi.",
              "sv": "Utse en person som uppdaterar kontinuitetsplanerna årligen och alltid när verksamheten förändras, och för uppdateringen till ledningen för godkännande.",
              "en": "Name a person who updates the continuity plans yearly and whenever the activity changes, and take the update to management for approval."
            }
          }
        }
      ]
    }
  ]
}
$q$::jsonb);
